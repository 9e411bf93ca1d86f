for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for i in range(10):
    if i % 3:
        continue
    print(i, end=" ")
else:
    print("| else ran")
for x in []:
    pass
else:
    print("empty else")
