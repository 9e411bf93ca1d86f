# An import inside a function runs the module's body when the function first runs.
def use():
    print("use: before import")
    from fn_mods import counter
    counter.hits += 1
    print("use: hits", counter.hits)
    return counter

print("main start")
first = use()
second = use()
print(first is second)
import fn_mods.counter as c
print("main sees", c.hits, c is first)
