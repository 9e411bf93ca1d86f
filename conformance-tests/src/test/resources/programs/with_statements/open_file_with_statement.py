import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    name = os.path.join(tmp, "with_statement_test.txt")
    with open(name, "w", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with open(name, encoding="utf-8") as f:
        print(f.read().splitlines())
    with open(name, encoding="utf-8") as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    print(f.closed)
    os.remove(name)
    print(os.path.exists(name))
