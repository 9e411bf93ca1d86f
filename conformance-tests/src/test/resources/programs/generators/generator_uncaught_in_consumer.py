def items():
    yield "a"
    yield "b"
    raise LookupError("generator ran dry")
for x in items():
    print(x)
