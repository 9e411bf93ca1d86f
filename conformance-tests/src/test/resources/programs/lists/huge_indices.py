# Indices past 2**53 and past Py_ssize_t (64 bits): CPython says "cannot fit" past the latter
# (OverflowError for list.insert and list.pop), and "index out of range" inside it.
for seq in ([1], (1,), "a", b"a", range(3)):
    for k in (2 ** 70, -(2 ** 70), 2 ** 63, 2 ** 63 - 1):
        try:
            seq[k]
        except Exception as e:
            print(type(seq).__name__, k > 0, type(e).__name__, e)
l = [1, 2]
for k in (2 ** 70, -(2 ** 70)):
    try:
        l[k] = 5
    except Exception as e:
        print("set", type(e).__name__, e)
    try:
        del l[k]
    except Exception as e:
        print("del", type(e).__name__, e)
    try:
        l.insert(k, 0)
        print(l)
    except Exception as e:
        print("insert", type(e).__name__, e)
    try:
        l.pop(k)
    except Exception as e:
        print("pop", type(e).__name__, e)
# Inside Py_ssize_t the big ints are ordinary indices: out of range, or clamped by insert.
m = [1, 2, 3]
m.insert(2 ** 63 - 1, 'end')
m.insert(-(2 ** 63), 'start')
print(m)
for k in (2 ** 63 - 1, -(2 ** 63), 2 ** 53 + 1):
    try:
        m.pop(k)
    except IndexError as e:
        print('pop', e)
    try:
        m[k] = 0
    except IndexError as e:
        print('set', e)
print(m[-(2 ** 2)], (1, 2)[-2])
