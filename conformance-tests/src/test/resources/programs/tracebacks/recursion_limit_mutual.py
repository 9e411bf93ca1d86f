# Mutual recursion and recursion through a method, under a lowered limit: the frames alternate,
# so none is collapsed, and the failing call's frame is not shown.
import sys


class Walker:
    def step(self, n):
        return self.other(n + 1)

    def other(self, n):
        return self.step(n * 1)


try:
    Walker().step(0)
except RecursionError as e:
    print("caught:", e)

sys.setrecursionlimit(40)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


def start():
    return [ping(k) for k in range(3)]


start()
