#!/usr/bin/env python3
"""Writes CPython 3.11's sys.stdlib_module_names, one per line, sorted.

Run with CPython 3.11 from the repository root:
    python3 compiler/src/main/scripts/generate_stdlib_module_names.py
The router reads the result to tell standard-library imports from third-party ones.
"""
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(f"needs CPython 3.11, this is {sys.version.split()[0]}")
out = pathlib.Path("compiler/src/main/resources/dev/taipan/compiler/route/stdlib-module-names.txt")
out.write_text("".join(name + "\n" for name in sorted(sys.stdlib_module_names)), encoding="utf-8")
print(f"{out}: {len(sys.stdlib_module_names)} names")
