class A:
    def __bool__(self):
        print("bool called")
        return False
class B:
    def __len__(self):
        print("len called")
        return 0
class C:
    pass
for o in (A(), B(), C()):
    print("truthy" if o else "falsy")
print(not A(), bool(B()), bool(C()))
