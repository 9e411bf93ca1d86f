# An exception raised while handling another: both tracebacks, with "During handling of the
# above exception, another exception occurred:".
def parse(text):
    return int(text)


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError:
            out.append(items[len(items)])
    return out


print(load(["1", "2"]))
print(load(["1", "x"]))
