# Methods of built-in types read through the class repr as CPython's descriptors: a method
# descriptor, or a slot wrapper for the dunders CPython implements as type slots. (Methods that
# several built-in types share in the runtime, such as set and frozenset, are left out.)
print(str.split)
print(str.join, str.upper, str.__len__, str.__add__)
print(int.__add__, int.__eq__, int.__hash__)
print(object.__init__, object.__eq__)
print(list.append, list.sort, list.__getitem__, list.__len__, list.__contains__)
print(dict.get, dict.items, dict.__getitem__, dict.__contains__, dict.__setitem__)
print(set.add, tuple.count, tuple.__getitem__)
print(float.__add__, float.is_integer)
print([str.strip, list.pop])
print({"m": dict.keys})

# Calling them through the class is unchanged.
print(str.split("a b"), list.append([], 1), int.__add__(2, 3), dict.get({1: 2}, 1))

# Inherited through a subclass, the descriptor names the type that defines it.
class L(list):
    pass


print(L.append, L.__len__)
print(len, abs, repr)
