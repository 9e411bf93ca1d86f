# A 'global' declaration in a nested function (or class body) names the module's variable even
# when an enclosing function has a local or parameter of the same name.
def outer():
    x = 10
    def f():
        global x
        x = 5
        return x
    f()
    print(x)
outer()
print(x)
def outer2():
    y = 1
    def f():
        global y
        return y
    return f()
try:
    print(outer2())
except NameError as e:
    print('NameError', e)
def helper():
    return 'module helper'
def outer3(helper, n):
    def f():
        global helper, n
        n = 7
        return helper()
    r = f()
    return r, helper, n
print(outer3(5, 1), n)
def outer4():
    z = 1
    def f():
        global z
        z = (w := 3) + 1
        del z
        try:
            return z
        except NameError as e:
            return str(e)
    return f(), z
print(outer4())
def outer5():
    len = 3
    def f():
        global len
        return len('abc')
    return f()
print(outer5())
def outer6():
    q = 'local'
    class C:
        global q
        q = 'global from class'
    return q
print(outer6(), q)
