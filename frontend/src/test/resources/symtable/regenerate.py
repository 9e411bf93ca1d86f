"""Rewrites every NAME.symtable beside NAME.py with CPython 3.11's symbol tables (run with python3 3.11).

Files in PY312_ONLY use Python 3.12 syntax: their tables come from CPython 3.12 when
PYTHON312=/path/to/python3.12 is set, and are kept as they are otherwise.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DUMP = os.path.join(HERE, "..", "..", "python", "symtable_dump.py")

PY312_ONLY = {"typeparams312.py"}

if sys.version_info[:2] != (3, 11):
    sys.exit("regenerate.py needs CPython 3.11")
for name in sorted(os.listdir(HERE)):
    if name.endswith(".py") and name != "regenerate.py":
        python = sys.executable
        if name in PY312_ONLY:
            python = os.environ.get("PYTHON312")
            if not python:
                print(f"kept the CPython 3.12 tables of {name} (set PYTHON312 to regenerate)")
                continue
        out = subprocess.run([python, DUMP, name], cwd=HERE, check=True, capture_output=True).stdout
        with open(os.path.join(HERE, name[:-3] + ".symtable"), "wb") as f:
            f.write(out)
