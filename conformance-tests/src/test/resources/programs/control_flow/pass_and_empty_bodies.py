class Empty:
    pass
def nothing():
    pass
for _ in range(2):
    pass
if True:
    pass
while False:
    pass
print(nothing(), type(Empty()).__name__)
