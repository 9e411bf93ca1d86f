print("helper: body starts")
x = 42
print("helper: body ends")
