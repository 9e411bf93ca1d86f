# args: alpha beta
# stdin: Ada
# An uncaught exception prints CPython's traceback to the page's stderr and ends with status 1.
def divide(a, b):
    return a // b


print("before")
divide(1, 0)
