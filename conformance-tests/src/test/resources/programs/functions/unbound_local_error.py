x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    del_me = 1
    del del_me
    return del_me
try:
    g()
except NameError as e:
    print(type(e).__name__ + ":", e)
