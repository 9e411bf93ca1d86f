# Code that runs while a module-level statement is still on its way to binding a global reads
# it unbound: a decorator calling the function, a class body calling its method, unpacking an
# object whose __iter__ is user code, a store into a replaced __annotations__.
def call(f, *args):
    try:
        return f(*args)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

def run_now(f):
    print("decorating:", call(f))
    return f

@run_now
def recursive():
    return recursive.__name__

print(call(recursive))

class Shape:
    def kind():
        return Shape.__name__
    early = call(kind)

print(Shape.early, call(Shape.kind))

class Pairs:
    def __iter__(self):
        return iter([read_first(), 2])

pairs = Pairs()
def read_first():
    return call(lambda: first_of_pair)

first_of_pair, second_of_pair = pairs
print(first_of_pair, second_of_pair)
print(read_first())

def self_reference(n=3):
    return self_reference if n else None

print(self_reference().__name__)

def read_tail():
    return tail

head, tail = 1, read_tail
print(call(tail).__name__)

class Recorder(dict):
    def __setitem__(self, key, value):
        print("annotating", key, call(read_annotated))
        super().__setitem__(key, value)

__annotations__ = Recorder()
def read_annotated():
    return annotated_later

annotated_first: int = 5
annotated_later = 6
print(call(read_annotated))
