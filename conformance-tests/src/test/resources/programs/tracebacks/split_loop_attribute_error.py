# An AttributeError from the receiver of a split() iterated by a for loop: traceback and carets.
def f(s):
    for w in s.split(","):
        print(w)
f("a,b")
f(5)
