x = "global"
def a():
    x = "a"
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def d():
    return [x for _ in range(1)]
print(d())
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
