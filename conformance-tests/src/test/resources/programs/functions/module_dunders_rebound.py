"""The module's docstring."""
# A module that assigns __name__ and __doc__ later still has them from its start: a function
# reading them before the assignment sees the module's own values.
def name():
    return __name__

def doc():
    return __doc__

print(name(), doc())
__name__ = "renamed"
__doc__ = "replaced"
print(name(), doc())
