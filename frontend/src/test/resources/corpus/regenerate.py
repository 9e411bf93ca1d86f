"""Rewrites NAME.dump and NAME.positions beside every NAME.py with CPython's ast.dump.

Run with CPython 3.11: NAME.dump is ast.dump(ast.parse(source)) and NAME.positions the
same with include_attributes=True, exactly what `taipan ast [--positions]` must print.

Files using Python 3.12-only syntax (listed in PY312_ONLY) cannot be parsed by 3.11: their
expected dumps are in 3.12's form (with type_params). They are regenerated with a
python3.12 interpreter when one is given as PYTHON312=/path/to/python3.12, and otherwise
kept as they are (they were written from 3.12's output and checked by hand).
"""
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY312_ONLY = {"typeparams312.py"}
SCRIPT = (
    "import ast,sys\n"
    "src=open(sys.argv[1],'rb').read()\n"
    "t=ast.parse(src)\n"
    "open(sys.argv[2],'w',encoding='utf-8',newline='\\n').write(ast.dump(t)+'\\n')\n"
    "open(sys.argv[3],'w',encoding='utf-8',newline='\\n').write(ast.dump(t,include_attributes=True)+'\\n')\n"
)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regenerate.py needs CPython 3.11")
    py312 = os.environ.get("PYTHON312")
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == "regenerate.py":
            continue
        base = os.path.join(HERE, name[:-3])
        if name in PY312_ONLY:
            if py312:
                subprocess.run([py312, "-c", SCRIPT, base + ".py", base + ".dump", base + ".positions"], check=True)
            else:
                print(f"kept hand-checked 3.12 dump of {name} (set PYTHON312 to regenerate)")
            continue
        subprocess.run([sys.executable, "-c", SCRIPT, base + ".py", base + ".dump", base + ".positions"], check=True)


main()
