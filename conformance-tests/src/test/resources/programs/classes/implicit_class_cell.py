# `__class__` inside a method is the class being defined (not type(self)), seen through nested
# functions; before the class exists it is an unbound free variable.
class C:
    def meth(self):
        return __class__
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def early():
        try:
            return __class__
        except NameError as e:
            return str(e)
    early_result = early()

class D(C):
    def meth(self):
        return (__class__.__name__, super().meth().__name__)

print(C().meth().__name__, D().meth(), D().nested(), C.early_result)
