data = [2.5, 3.5, 1.0, 4.0, 9.5, 6.25]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, var, var ** 0.5)
s = sorted(data)
print((s[2] + s[3]) / 2)
