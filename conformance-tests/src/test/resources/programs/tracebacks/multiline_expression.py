# A call over several lines: the frame names its first line and the markers run to the end of
# that line.
def combine(a, b, c):
    return a + b + c


def build():
    return combine(
        "x",
        "y",
        3,
    )


build()
