data = [1, 2, 3]
squares = [x * x for x in data]
pairs = {k: v for k, v in zip(data, data) if k}
nested = [[y for y in range(x)] for x in data]
gen = (a + b for a in data for b in data if a < b)
unique = {s for s in data}

def walrus(items):
    if any((hit := item) > 1 for item in items):
        return hit
    total = [last := i for i in items]
    return last, total

def outer_iter(rows):
    return [c for c in rows[0] for r in rows]

def uses_self(self):
    return [lambda: self for _ in range(3)]

async def agen(xs):
    return [await x async for x in xs]

result = [(found := n) for n in data]
