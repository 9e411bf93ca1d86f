"""Module docstring."""
print(__doc__)
def f():
    return __doc__
print(f())
