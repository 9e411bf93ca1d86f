import statistics


def risky(n):
    print("risky", n)
    if n < 0:
        raise OverflowError(f"negative: {statistics.mean([n, n])}")
    return n * 1.5
