# A module-level float quotient used by sum() loops; its importer rebinds it.
def q(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def total(n):
    return sum(q(i, j) * 2 for i in range(n) for j in range(n))


def count(n):
    return sum(q(i, 0) for i in range(n))
