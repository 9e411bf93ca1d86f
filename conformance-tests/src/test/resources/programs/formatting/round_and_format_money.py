prices = [0.125, 0.135, 2.675, 1.005, 10.0, 99.995]
for p in prices:
    print(p, round(p, 2), f"{p:.2f}", "%.2f" % p, format(p, ".2f"))
