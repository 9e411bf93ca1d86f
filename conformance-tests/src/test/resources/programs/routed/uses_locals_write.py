def f():
    exec("q = 3")
    return locals().get("q")
print(f())
