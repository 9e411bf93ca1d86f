code = "y = 6 * 7\nprint('exec says', y)"
exec(code)
namespace = {}
exec("z = 1 + 1", namespace)
print(namespace["z"])
