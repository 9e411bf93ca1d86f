def define(name, value):
    globals()[name] = value
define("dynamic_var", 99)
print(dynamic_var)
