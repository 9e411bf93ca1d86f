# A method that reads its own class's global name (or one bound later) raises NameError when
# user code calls it while the class statement runs: from a base's __init_subclass__, a
# __set_name__ hook, a decorator or a metaclass. Once the class is bound, the reads succeed.
def call(f, *args):
    try:
        return f(*args)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

class Node:
    def clone():
        return Node.__name__

    def sibling():
        return Leaf.__name__

class Leaf:
    pass

print(call(Node.clone), call(Node.sibling))

class Base:
    def __init_subclass__(cls):
        print("init_subclass:", call(cls.probe))

class Child(Base):
    def probe():
        return Child.__name__

print(call(Child.probe))

class Hook:
    def __set_name__(self, owner, name):
        print("set_name:", name, call(owner.peek))

hook = Hook()

class Holder:
    h = hook

    def peek():
        return Holder.__name__

print(call(Holder.peek))

def decorate(cls):
    print("decorating:", call(cls.me))
    return cls

@decorate
class Decorated:
    def me():
        return Decorated.__name__

print(call(Decorated.me))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("metaclass:", call(cls.who))
        return cls

class WithMeta(metaclass=Meta):
    def who():
        return WithMeta.__name__

print(call(WithMeta.who))

def early():
    return Late.__name__

class Caller:
    value = call(early)

class Late:
    pass

print(Caller.value, call(early))
