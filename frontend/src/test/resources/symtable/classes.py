class Base:
    attr = 1
    __secret = 2

    def method(self):
        return attr

    def uses_super(self):
        return super().method()

    def uses_class(self):
        return __class__

    def private(self):
        self.__secret = 3
        return __secret

    class Inner:
        def deep(self, __x):
            return __x + Base

def f():
    y = 1
    class C:
        y = 2
        def g(self):
            return y
        z = y
    return C

def h():
    x = 1
    class D:
        x = x
        def m(self):
            return x
    return D

class __Underscores:
    __z = 1
