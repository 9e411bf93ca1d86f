def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "digit"
    else:
        if n % 2:
            return "big odd"
        return "big even"
print([classify(n) for n in (-1, 0, 5, 11, 12)])
