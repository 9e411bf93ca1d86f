# Zero-argument super() in a comprehension takes the comprehension's hidden iterator argument
# as its object (CPython 3.11), so the module is routed.
class A:
    def m(self):
        return "A.m"


class B(A):
    def ok(self):
        return [x for x in super().m()]

    def hidden_argument(self):
        return [super().m() for _ in range(1)]


print(B().ok())
try:
    B().hidden_argument()
except TypeError as e:
    print("TypeError", e)
