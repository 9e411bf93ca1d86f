class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
print("%(x)s and %(x)r" % {"x": "y"})
print(format(12.5, ">8.2f"), format(12, "x"), format("s"), format(None), format([1]))
