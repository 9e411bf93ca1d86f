def read(lines):
    for line in lines:
        yield line.strip()
def nonblank(lines):
    return (l for l in lines if l)
def numbers(lines):
    for l in lines:
        try:
            yield int(l)
        except ValueError:
            pass
src = [" 1 ", "", "x", "22", "  ", "333"]
print(sum(numbers(nonblank(read(src)))), list(numbers(read(src))))
