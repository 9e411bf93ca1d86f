# A recursion that fails at its bottom: the repeated frame is printed three times and the rest
# collapsed into "[Previous line repeated N more times]".
def countdown(n, seen):
    if n == 0:
        return seen["missing"]
    return countdown(n - 1, seen) + 1


def start():
    return countdown(40, {}) * 2


print(start())
