# A deletion's AttributeError records no name: no suggestion, as in CPython.
class C:
    pass


c = C()
c.alpha = 1
del c.alphb
