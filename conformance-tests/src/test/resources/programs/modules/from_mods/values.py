print("values: body")
x = 1
y = 2

def _z():
    print("values: computing z")
    return 3

z = _z()
