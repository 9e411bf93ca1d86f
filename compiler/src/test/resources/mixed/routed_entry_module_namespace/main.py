# A routed entry reads and writes a transpiled module's namespace (vars(), __dict__, dir()).
import helper
exec("x = 1")
d = vars(helper)
print(d['counter'], d['__name__'], d['__doc__'], helper.__doc__)
print('counter' in d, 'nope' in d, d.get('nope', 'dflt'), d.get('get')())
helper.counter = 5
print(d['counter'], helper.get())
d['counter'] = 7
print(helper.get(), helper.__dict__ is d)
helper.bump()
print(d['counter'])
del d['counter']
print('counter' in d, hasattr(helper, 'counter'))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
helper.late = 3
del helper.late
print([n for n in dir(helper) if not n.startswith('__')])
print(sorted(set(dir(helper)) & {'__name__', '__doc__', '__spec__', '__loader__', '__package__'}))
