class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class Model(metaclass=Meta):
    pass
print(Model.created_by, type(Model).__name__)
