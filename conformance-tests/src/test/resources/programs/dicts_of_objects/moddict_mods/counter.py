"""A counter kept in module globals."""
count = 0
label = "start"


def bump():
    global count
    count += 1
    return count


def describe():
    return f"{label}:{count}"
