#!/usr/bin/env python3
"""Regenerates the conformance goldens: runs CPython 3.11 on every program and writes
<name>.expected (JSON: stdout, stderr_last_line, exit_status) next to it. For the groups in
FULL_STDERR_GROUPS it also writes the whole stderr ("stderr"), with the program's directory
taken out of file paths (CPython names the file it runs by its absolute path).

Usage: python3 conformance-tests/regenerate.py [GROUP_OR_PROGRAM ...]
  e.g. regenerate.py ints floats/repr_basic   (no argument: the whole corpus)

Each program runs as `python3 NAME.py ARGS` with PYTHONHASHSEED=0, its own directory as
working directory, the arguments of its `# args:` header and the lines of its `# stdin:`
headers as standard input (empty when it has none), exactly as the Java harness runs Node.
"""
import concurrent.futures
import json
import os
import subprocess
import sys
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "src" / "test" / "resources" / "programs"
TIMEOUT_SECONDS = 60
# Groups whose tracebacks are compared whole, not only by their last line.
FULL_STDERR_GROUPS = {"tracebacks"}


def header(source):
    """The (args, stdin) of a program's leading comment lines, parsed as Program.java does."""
    args, stdin = [], []
    for line in source.split("\n"):
        line = line.rstrip()
        if not line.startswith("#"):
            break
        if line.startswith("# args:"):
            args += line[len("# args:"):].split()
        elif line.startswith("# stdin:"):
            value = line[len("# stdin:"):]
            stdin.append((value[1:] if value.startswith(" ") else value) + "\n")
    return args, "".join(stdin)


def last_line(stderr):
    for line in reversed(stderr.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run(program):
    args, stdin = header(program.read_text(encoding="utf-8"))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, program.name, *args],
        cwd=program.parent,
        input=stdin.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=TIMEOUT_SECONDS,
    )
    stderr = done.stderr.decode("utf-8")
    expected = {
        "stdout": done.stdout.decode("utf-8"),
        "stderr_last_line": last_line(stderr),
        "exit_status": done.returncode,
    }
    if program.parent.name in FULL_STDERR_GROUPS:
        expected["stderr"] = stderr.replace(str(program.parent) + os.sep, "")
    text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    program.with_suffix(".expected").write_text(text, encoding="utf-8")
    return program, expected


def select(selectors):
    programs = sorted(PROGRAMS.glob("*/*.py"))
    if not selectors:
        return programs
    chosen = []
    for p in programs:
        rel = f"{p.parent.name}/{p.stem}"
        if any(s == p.parent.name or s == rel or s == rel + ".py" for s in selectors):
            chosen.append(p)
    return chosen


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regenerate.py needs CPython 3.11 (the oracle), not {sys.version.split()[0]}")
    programs = select(sys.argv[1:])
    if not programs:
        sys.exit("no program matches " + " ".join(sys.argv[1:]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(run, programs))
    by_status = {}
    for program, expected in results:
        by_status.setdefault(expected["exit_status"], []).append(program)
    print(f"wrote {len(results)} goldens under {PROGRAMS}")
    for status, progs in sorted(by_status.items()):
        print(f"  exit {status}: {len(progs)}")
    noisy = [p for p, e in results if e["exit_status"] == 0 and e["stderr_last_line"]]
    for p in noisy:
        print(f"  warning: {p.parent.name}/{p.stem} exits 0 but writes to stderr (a SyntaxWarning?)")


if __name__ == "__main__":
    main()
