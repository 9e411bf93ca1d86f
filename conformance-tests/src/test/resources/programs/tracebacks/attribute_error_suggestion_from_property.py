# An AttributeError escaping a property's getter gets the object and name of the failed read,
# so the uncaught error has CPython's suggestion.
class Box:
    def __init__(self):
        self.value_ = 1

    @property
    def value(self):
        return self.valu


Box().value
