a and b or not c
a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f
-a, +b, ~c, not d
a < b <= c > d >= e == f != g is h is not i in j not in k
lambda: 0
lambda x, /, y=1, *args, z, w=2, **kw: x
lambda *, k: k
x if y else z
{1: 2, **other, 3: 4}
{1, 2, *rest}
[1, *rest]
(1,)
()
[]
{}
[x for x in y if x if not x]
{x for x in y}
{k: v for k, v in items}
(x for x in y for z in x)
f(a, *args, b=1, **kw)
f(x for x in y)
obj.attr.other
seq[1], seq[1:2], seq[::3], seq[1:2, ::3], seq[...], seq[a, b]
(y := 10)
print((yield))
await_ = 1
x[1:2:3] = 4
a if b else (c := d)
(*a, b) = c
not (a and b)
-(-1) ** -2
(a, b)[0]
f()()
(lambda: 1)()
"a" "b"
