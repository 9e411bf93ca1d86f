s = "hello"
print(f"{s:10}|{s:>10}|{s:^10}|{s:*<8}|{s:.3}|{s:>8.2}|")
print(f"{'😀':^5}|{'😀😀':>4}|", len(f"{'😀':5}"))
print(format("x", "^3"), format("", "-^4"), "{:!<6}".format("ab"))
