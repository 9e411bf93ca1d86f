#!/usr/bin/env python3
"""Writes each mixed program's CPython 3.11 results (the goldens MixedProgramsTest compares with).

Usage: python3 regenerate.py [CASE...]   (default: every folder holding a main.py)
Per case: expected.stdout (exact), expected.status, expected.stderr_last_line (the exception
line or sys.exit message; tracebacks hold machine paths, so only the last line is kept).
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def regenerate(case):
    r = subprocess.run([sys.executable, "main.py"], cwd=case, capture_output=True, timeout=60)
    (case / "expected.stdout").write_bytes(r.stdout)
    (case / "expected.status").write_text(f"{r.returncode}\n")
    lines = [l for l in r.stderr.decode("utf-8").splitlines() if l.strip()]
    (case / "expected.stderr_last_line").write_text((lines[-1] + "\n") if lines else "")
    print(f"{case.name}: status {r.returncode}, {len(r.stdout)} bytes of stdout")


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 11):
        sys.exit("regenerate.py: CPython 3.11 is the oracle")
    names = sys.argv[1:] or sorted(p.parent.name for p in HERE.glob("*/main.py"))
    for name in names:
        regenerate(HERE / name)
