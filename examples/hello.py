"""A first Taipan program: exact integers, floats and strings, as CPython prints them."""


def greet(name: str) -> str:
    return f"Hello, {name}!"


def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)


print(greet("world"))
print("2**100 =", 2**100)
print("factorial(25) =", factorial(25))
print("0.1 + 0.2 =", 0.1 + 0.2)
print("7 // -2 =", 7 // -2, "and -7 % 3 =", -7 % 3)
print("len('😀') =", len("😀"))
words = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
