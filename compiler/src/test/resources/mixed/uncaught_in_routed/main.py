import helper

print("before")
total = 0
for i in range(3):
    total += helper.risky(i)
print("total", total)
helper.risky(-1)
print("never")
