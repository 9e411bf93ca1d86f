"""Writes CPython's ast.dump of every .py file under a directory, as MD5 digests, for AstDump's comparison test.

Usage: python3 cpython_ast_dumps.py ROOT OUT_FILE [REL_PATH]
Each output line: relative path, then either "ok<TAB>md5(dump)<TAB>md5(dump with attributes)"
or "error<TAB>lineno<TAB>message". With REL_PATH, prints the two dumps of that one file instead.
"""
import ast
import hashlib
import os
import sys
import warnings


def files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages" and d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.relpath(os.path.join(dirpath, name), root)


def main():
    warnings.simplefilter("ignore")
    root = sys.argv[1]
    if len(sys.argv) > 3:
        with open(os.path.join(root, sys.argv[3]), "rb") as f:
            tree = ast.parse(f.read())
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            out.write(ast.dump(tree) + "\n" + ast.dump(tree, include_attributes=True) + "\n")
        return
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for rel in files(root):
            with open(os.path.join(root, rel), "rb") as f:
                source = f.read()
            try:
                tree = ast.parse(source)
            except (SyntaxError, ValueError) as e:
                line = getattr(e, "lineno", None) or 0
                msg = str(getattr(e, "msg", e)).replace("\t", " ").replace("\n", " ")
                out.write(f"{rel}\terror\t{line}\t{msg}\n")
                continue
            except (RecursionError, MemoryError) as e:
                out.write(f"{rel}\terror\t0\t{type(e).__name__}\n")
                continue
            plain = hashlib.md5(ast.dump(tree).encode("utf-8", "surrogatepass")).hexdigest()
            attrs = hashlib.md5(ast.dump(tree, include_attributes=True).encode("utf-8", "surrogatepass")).hexdigest()
            out.write(f"{rel}\tok\t{plain}\t{attrs}\n")


main()
