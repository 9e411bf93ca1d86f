# A binary operator failing in a nested function: the caret line marks the operator with ^ and
# its operands with ~.
def outer(values):
    def total(a, b):
        scale = 3
        return scale * a + (b) / len(values[2:])
    return total(values[0], values[1])


print(outer([1, 2, 3]))
print(outer([1, 2]))
