def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u, n):
    return [sum(eval_a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_transp(u, n):
    return [sum(eval_a(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_at_a(u, n):
    return times_transp(times(u, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_at_a(u, n)
        u = times_at_a(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print(f"{(vbv / vv) ** 0.5:.9f}")


main(250)
