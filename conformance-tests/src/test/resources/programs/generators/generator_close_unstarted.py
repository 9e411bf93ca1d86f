def g():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")
it = g()
it.close()
print(list(it))
