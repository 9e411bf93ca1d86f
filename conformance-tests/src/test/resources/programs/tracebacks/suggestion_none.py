# No suggestion: an AttributeError or NameError the program raises itself, a subclass, a name
# too far from every candidate.
class MyError(NameError):
    pass


try:
    raise AttributeError("'str' object has no attribute 'uper'")
except AttributeError:
    try:
        raise MyError("name 'prnt' is not defined")
    except NameError:
        try:
            zzzzzzzz
        except NameError:
            raise NameError("name 'prnt' is not defined")
