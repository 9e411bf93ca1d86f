# A global deleted by a function through `global` is unbound for every later read.
quota_left = 3

def reset():
    global quota_left
    del quota_left

def check(n):
    return n < quota_left

print(check(2))
reset()
print(check(2))
