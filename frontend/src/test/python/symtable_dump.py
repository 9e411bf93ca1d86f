"""Prints Python's symbol tables in Taipan's text form (docs/symtable-format.md).

Usage: symtable_dump.py FILE.py            prints the tables of one file
       symtable_dump.py --many FILE.py...  prints '== FILE' before each file's tables
"""
import _symtable
import symtable
import sys

FLAGS = [
    ("DEF_GLOBAL", 1), ("DEF_LOCAL", 2), ("DEF_PARAM", 4), ("DEF_NONLOCAL", 8),
    ("USE", 16), ("DEF_FREE", 32), ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128),
    ("DEF_ANNOT", 256), ("DEF_COMP_ITER", 512), ("DEF_TYPE_PARAM", 1024),
]
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def table(t, depth, out):
    indent = "  " * depth
    line = f"{indent}{t.get_type()} {t.get_name()} line {t.get_lineno()}"
    if t.is_nested():
        line += " nested"
    out.append(line)
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        flags = s._Symbol__flags
        scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        names = "".join(" " + n for n, bit in FLAGS if flags & bit)
        out.append(f"{indent}  {s.get_name()} {SCOPES.get(scope, scope)}{names}")
    for c in t.get_children():
        table(c, depth + 1, out)


def dump(path):
    with open(path, "rb") as f:
        src = f.read()
    out = []
    try:
        table(symtable.symtable(src, path, "exec"), 0, out)
    except SyntaxError as e:
        out = [f"SyntaxError: {e.msg} (line {e.lineno})"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if sys.argv[1] == "--many":
        for p in sys.argv[2:]:
            try:
                text = dump(p)
            except (UnicodeDecodeError, ValueError, RecursionError) as e:
                text = f"Error: {e}\n"
            sys.stdout.write(f"== {p}\n{text}")
    else:
        sys.stdout.write(dump(sys.argv[1]))
