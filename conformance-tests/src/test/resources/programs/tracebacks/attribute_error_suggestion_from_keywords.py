# An AttributeError the program raises with name= and obj= gets CPython's suggestion.
class Finder:
    def __getattr__(self, name):
        raise AttributeError(f'no {name}', name=name.upper(), obj='text')


Finder().lower
