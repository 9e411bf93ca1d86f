# Loads of instance attributes that hold None, told apart from missing attributes at the load
# site: class attributes, __getattr__, deleted attributes, slots, properties and methods behind
# a missing or None-valued instance attribute, at sites that saw other classes and values first.


class Node:
    shared = 7
    default_none = None

    def __init__(self, link):
        self.link = link

    def method(self):
        return "method"

    def walk(self):
        n = 0
        p = self
        while p is not None:
            n += 1
            p = p.link
        return n

    def reload_after_delete(self):
        first = self.link
        del self.link
        try:
            second = self.link
        except AttributeError as e:
            second = "AttributeError: " + str(e)
        self.link = None
        third = self.link
        return first, second, third


class WithGetattr:
    def __init__(self):
        self.link = None

    def __getattr__(self, name):
        return "getattr:" + name


class WithProperty:
    @property
    def link(self):
        return None


class Slotted:
    __slots__ = ("link",)


class Other:
    def __init__(self):
        self.link = None


def load_link(o):
    try:
        return o.link
    except AttributeError as e:
        return "AttributeError: " + str(e)


def load_shared(o):
    return o.shared


def load_default(o):
    return o.default_none


def load_method(o):
    return o.method


chain = Node(Node(Node(None)))
print(chain.walk())
for _ in range(3000):
    chain.walk()
print(chain.walk())

objects = [Node(None), Node(Node(None)), Other(), WithGetattr(), WithProperty()]
for _ in range(2000):
    for o in objects:
        load_link(o)
print([type(load_link(o)).__name__ for o in objects])

bare = Node(None)
del bare.link
print(load_link(bare))
wg = WithGetattr()
del wg.link
print(load_link(wg))
s = Slotted()
print(load_link(s))
s.link = None
print(load_link(s))
del s.link
print(load_link(s))

# A missing attribute behind a site that only ever saw None: the class attribute, or the error.
n = Node(None)
for _ in range(2000):
    load_shared(n)
    load_default(n)
print(load_shared(n), load_default(n))
n.shared = None
n.default_none = 3
print(load_shared(n), load_default(n))
del n.shared
del n.default_none
print(load_shared(n), load_default(n))

# An instance None shadowing a method, then removed.
for _ in range(2000):
    load_method(n)
print(load_method(n)())
n.method = None
print(load_method(n))
del n.method
print(load_method(n)())

# The same object reloaded in a method after its attribute is deleted and stored again.
for _ in range(1000):
    Node(None).reload_after_delete()
print(Node(None).reload_after_delete())
print(Node(chain).reload_after_delete()[0] is chain)

# None stored through setattr, vars() and __dict__, then read back at the warm site.
m = Node(5)
setattr(m, "link", None)
print(load_link(m))
vars(m)["link"] = 4
print(load_link(m))
m.__dict__["link"] = None
print(load_link(m))
del m.__dict__["link"]
print(load_link(m))
Node.link = "class-level"
print(load_link(m), load_link(Node(None)))
del Node.link
print(load_link(m))
