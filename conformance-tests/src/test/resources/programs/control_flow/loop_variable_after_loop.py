for i in range(3):
    pass
print(i)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError:", e)
