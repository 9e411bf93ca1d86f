"""Rewrites every NAME.symtable beside NAME.py with CPython 3.11's symbol tables (run with python3 3.11)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DUMP = os.path.join(HERE, "..", "..", "python", "symtable_dump.py")

if sys.version_info[:2] != (3, 11):
    sys.exit("regenerate.py needs CPython 3.11")
for name in sorted(os.listdir(HERE)):
    if name.endswith(".py") and name != "regenerate.py":
        out = subprocess.run([sys.executable, DUMP, name], cwd=HERE, check=True, capture_output=True).stdout
        with open(os.path.join(HERE, name[:-3] + ".symtable"), "wb") as f:
            f.write(out)
