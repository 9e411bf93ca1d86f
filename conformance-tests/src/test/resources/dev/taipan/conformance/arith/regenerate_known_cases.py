"""Regenerates known_cases.expected from known_cases.txt with CPython 3.11.

Each output line is `EXPRESSION => OUTPUT`, where OUTPUT is what
`print(repr(EXPRESSION))` prints, or `print(type(e).__name__, e)` when the
expression raises. Run from any directory: python3 regenerate_known_cases.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def outcome(source):
    try:
        return repr(eval(source, {}))
    except Exception as e:
        return f"{type(e).__name__} {e}"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"CPython 3.11 is the oracle; this is {sys.version.split()[0]}")
    lines = []
    for line in (HERE / "known_cases.txt").read_text(encoding="utf-8").splitlines():
        source = line.strip()
        if source and not source.startswith("#"):
            lines.append(f"{source} => {outcome(source)}\n")
    (HERE / "known_cases.expected").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
