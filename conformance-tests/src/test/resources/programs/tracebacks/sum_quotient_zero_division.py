# A ZeroDivisionError from a float quotient called in a sum() loop (computed there by its
# raw-double entry point, the zero divisor found after the loop's run of float elements): the
# traceback shows the generator expression's frame with the call underlined, then the function's.
def q(i, j):
    return 1.0 / (i - j + 1)


def rows(u, n):
    return [sum(q(i, j) * u[j] for j in range(n)) for i in range(n)]


print(rows([1.5] * 4, 1))
print(rows([1.5] * 4, 4))
