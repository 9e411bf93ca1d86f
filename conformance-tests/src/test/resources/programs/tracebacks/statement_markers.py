# Markers CPython prints under operations inside statements: a boolean operation whose operand's
# __bool__ raises, a dict or set display hashing its keys, an f-string formatting a field, an
# assert of a comparison (the whole statement otherwise), and a `with` statement's __exit__
# (shown at the `with` line). Each failure happens while handling the previous one, so the
# report shows them all as a chain.
class Flag:
    def __bool__(self):
        raise ValueError("no truth value")


class Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


flag = Flag()
count = 3
try:
    ready = flag and count
except ValueError:
    try:
        table = {"a": 1, [count]: 2}
    except TypeError:
        try:
            label = f"{count:q}"
        except ValueError:
            try:
                assert count, "count"
                assert count == 4, "count is " + str(count)
            except AssertionError:
                try:
                    members = {count, []}
                except TypeError:
                    with Closing() as c:
                        count += 1
