def compute():
    return undefined_name + 1
print("before")
compute()
