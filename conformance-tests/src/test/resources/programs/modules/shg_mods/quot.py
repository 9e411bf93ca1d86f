# A float quotient summed over list elements; the importer rebinds `q` while the loops run.
def q(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def row(i, u, n):
    return sum(q(i, j) * u[j] for j in range(n))


def rows(u, n):
    return [sum(q(i, j) * u[j] for j in range(n)) for i in range(n)]


def plain(i, n):
    return sum(q(i, j) for j in range(n))
