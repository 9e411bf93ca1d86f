width = 10
prec = 3
v = 2.718281828
print(f"{v:{width}.{prec}f}|", f"{v:>{width}}|", f"{'x':{'*'}^{width}}")
for align in "<^>":
    print(f"[{'ab':{align}6}]")
print(f"{[1, 2][1]} {dict(a=1)['a']} {(lambda z: z + 1)(2)}")
