import itertools
counter = itertools.count()
def f(x=next(counter)):
    return x
print(f(), f(), f(5), next(counter))
def g(lst=[]):
    lst.append(len(lst))
    return lst
print(g(), g(), g([9]), g())
print(g.__defaults__)
