# NameError.name, AttributeError.name and .obj: set by the interpreter for the errors it raises
# (and for any AttributeError escaping an attribute read), and by the name=/obj= keywords.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


try:
    undefined_name
except NameError as e:
    print('global', repr(e.name), e.args)


def free():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print('free', repr(e.name))
    try:
        w
    except NameError as e:
        print('local', type(e).__name__, repr(e.name))
    w = 1


free()


class K:
    try:
        in_class_body
    except NameError as e:
        print('class body', repr(e.name))


try:
    del never_bound
except NameError as e:
    print('del', repr(e.name))

e = NameError('x', name='q')
print(e.name, e.args, str(e))
e = NameError(name='q')
print(e.name, e.args)
e = NameError('x')
print(e.name)
e.name = 5
print(e.name)
del e.name
print(e.name)
e = UnboundLocalError('x', name=1)
print(e.name)
show(lambda: NameError('x', foo=1))
show(lambda: UnboundLocalError('x', foo=1))
show(lambda: ModuleNotFoundError('x', foo=1))
show(lambda: AttributeError('x', foo=1))
show(lambda: AttributeError('x', name='n', obj=1, foo=1))

e = AttributeError('x', name='q', obj=3)
print(e.name, e.obj, e.args)
e = AttributeError('x')
print(e.name, e.obj)
print(AttributeError(obj=[1]).obj)


class P:
    @property
    def p(self):
        raise AttributeError('inner')

    @property
    def q(self):
        return self.missing_inside

    def __getattr__(self, n):
        if n in ('g', 'p', 'q', 'missing_inside'):
            raise AttributeError(n + '!')
        raise KeyError(n)


x = P()
for n in ['p', 'g', 'q']:
    try:
        getattr(x, n)
    except AttributeError as e:
        print(n, e, e.name, e.obj is x)
try:
    x.p
except AttributeError as e:
    print('x.p', e, e.name, e.obj is x)


class Slots:
    __slots__ = ('a',)


s = Slots()
for f in [lambda: [].nope, lambda: [].nope(), lambda: (1).nope, lambda: int.nope, lambda: s.a,
          lambda: None.nope, lambda: object.__getattribute__(1, 'nope')]:
    try:
        f()
    except AttributeError as e:
        print(e, '|', repr(e.name), repr(e.obj) if not isinstance(e.obj, Slots) else 'Slots()')

# Only reads record the context: stores and deletions do not.
for f in [lambda: delattr([], 'nope'), lambda: setattr(1, 'nope', 2), lambda: delattr(s, 'b')]:
    try:
        f()
    except AttributeError as e:
        print(e, '|', e.name, e.obj)

# An error that already has a name or an obj keeps them.
class R:
    def __getattr__(self, n):
        raise AttributeError('pre', name='n1')


try:
    R().zz
except AttributeError as e:
    print(e, e.name, e.obj)
e = AttributeError('m')
e.name = 'a'
e.obj = 5
print(e.name, e.obj)
try:
    e.nope
except AttributeError as e2:
    print(e2, e2.name, e2.obj is e)
print(sorted(k for k in vars(NameError) if not k.startswith('__')),
      sorted(k for k in vars(AttributeError) if not k.startswith('__')))
print(hasattr(NameError('x'), 'name'), hasattr(AttributeError(), 'obj'))
for f in [lambda: NameError(name=1, foo=2), lambda: NameError(foo=2, bar=1),
          lambda: ImportError('x', name=1, path=2, foo=3), lambda: ImportError(foo=3, bar=1),
          lambda: AttributeError(foo=1, name=2)]:
    show(f)
