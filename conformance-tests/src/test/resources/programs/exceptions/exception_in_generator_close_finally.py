def g():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
gen = g()
print(next(gen))
gen.close()
print("closed")
for x in g():
    print(x)
    break
print("after break")
