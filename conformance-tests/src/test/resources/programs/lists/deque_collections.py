from collections import deque
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, list(d), d[0], d[-1])
d.rotate(2)
print(list(d), d.pop(), d.popleft(), len(d))
