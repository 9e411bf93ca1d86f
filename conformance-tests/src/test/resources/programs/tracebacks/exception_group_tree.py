# An uncaught exception group: CPython's boxed tree, with the nested group and each
# sub-exception's own traceback.
def check(n):
    if n % 2:
        raise ValueError(f"odd: {n}")
    return n


def check_all(ns):
    errors = []
    for n in ns:
        try:
            check(n)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [TypeError("nested")]))
    raise ExceptionGroup("some checks failed", errors)


check_all([1, 2, 3])
