import string
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator
print(repr(string.whitespace), string.hexdigits, string.octdigits, len(string.printable), string.ascii_letters[20:30])
print(string.capwords(' hello   wORLD  '), string.capwords('a-b-c', '-'), repr(string.capwords('')), string.punctuation)
@contextmanager
def tag(name):
    """Wraps in a tag."""
    print('<' + name + '>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('</' + name + '>')
with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('k')
print(tag.__name__, tag.__doc__, tag('x').__doc__)
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print('RuntimeError', e)
@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(4), decorated(5))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print('IndexError', e)
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
with ExitStack() as stack:
    for n in 'xy':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)
    stack.push(lambda *exc: print('push', exc[0]))
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, repr(e.__context__))
try:
    ExitStack().enter_context(object())
except TypeError as e: print(e)
with ExitStack() as s:
    s.push(lambda *exc: True)
    raise ValueError('swallowed')
s2 = ExitStack(); s2.callback(print, 'later'); s3 = s2.pop_all(); s2.close(); print('popped'); s3.close()
class CD(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
@CD()
def g(): print('g')
g()
