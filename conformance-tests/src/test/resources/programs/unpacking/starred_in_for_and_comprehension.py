rows = [(1, 2, 3, 4), (5, 6), (7,)]
for head, *tail in rows:
    print(head, tail)
print([t for _, *t in rows], [len(t) for *t, _ in rows])
