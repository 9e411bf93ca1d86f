data = [3, 1, 4, 0, 5, 9]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
calls = 0
def roll():
    global calls
    calls += 1
    return calls * 7 % 5
print(list(iter(roll, 0)), calls)
