# A function (or method, lambda, comprehension, class body) that reads a global of the entry
# module while that global is unbound raises NameError, as CPython's LOAD_GLOBAL does: before the
# statement binding it runs, after `del`, in a branch not taken, after an except-as handler.
def call(f, *args):
    try:
        return f(*args)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

# Called before the assignment runs.
def read_later():
    return later

print(call(read_later))
later = 1
print(call(read_later))

# Deleted at module level, and in a tuple or list target.
gone = "here"
def read_gone():
    return gone

print(call(read_gone))
del gone
print(call(read_gone))
gone = "back"
print(call(read_gone))
pair_a, pair_b = 1, 2
def read_pair():
    return pair_a + pair_b

print(call(read_pair))
del (pair_a, pair_b)
print(call(read_pair))
listed = 3
def read_listed():
    return listed

del [listed]
print(call(read_listed))

# Deleted by a function through `global`.
counter = 10
def drop_counter():
    global counter
    del counter

def read_counter():
    return counter

print(call(read_counter))
drop_counter()
print(call(read_counter))

# Bound only in a branch that is not taken.
if len("ab") == 3:
    branch = "taken"
def read_branch():
    return branch

print(call(read_branch))

# A class statement and a def statement that have not run yet.
def make_point():
    return Point(1, 2)

def use_helper():
    return helper(5)

print(call(make_point))
print(call(use_helper))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

def helper(n):
    return n * 2

print(call(make_point))
print(call(use_helper))

# An import that has not run yet.
def use_math():
    return math.floor(2.5)

print(call(use_math))
import math
print(call(use_math))

# The target of a `for` over an empty iterable, and of a non-empty one.
def read_item():
    return item

for item in []:
    pass
print(call(read_item))
for item in [7]:
    pass
print(call(read_item))

# The name of an `except ... as` handler, unbound when the handler ends.
def read_err():
    return err

try:
    {}["k"]
except KeyError as err:
    print("in handler:", call(read_err))
print(call(read_err))

# The same, for a global name bound by a handler in a function.
flag = "set"
def read_flag():
    return flag

def catch_into_flag():
    global flag
    try:
        raise ValueError("v")
    except ValueError as flag:
        pass

print(call(read_flag))
catch_into_flag()
print(call(read_flag))

# A lambda, a generator and a comprehension run before the binding.
get_lazy = lambda: lazy
gen = (lazy for _ in range(1))
print(call(get_lazy))
print(call(next, gen))
print(call(lambda: [lazy for _ in range(2)]))
lazy = "ok"
print(call(get_lazy), call(lambda: [lazy for _ in range(2)]))
