# zip(strict=True): which argument is shorter or longer, and no arguments at all.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: list(zip(strict=True)))
show(lambda: list(zip(strict=False)))
for a in [('a', 'a', 'ab'), ('ab', 'ab', 'a'), ('a', 'ab'), ('ab', 'a', 'a'), ('a', 'a', 'a', 'ab'),
          ('ab', 'ab', 'ab', 'a'), ('ab', 'a', 'abc'), ('', 'a'), ('a', ''), ('ab', 'ab')]:
    show(lambda: list(zip(*a, strict=True)))
z = zip('ab', iter('a'), strict=True)
print(next(z))
show(lambda: next(z))
