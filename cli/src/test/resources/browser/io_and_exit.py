# args: alpha beta
# stdin: Ada
# Standard streams in a page: argv and stdin come from the page, a partial line is kept whole,
# sys.exit's status reaches the page.
import sys

print(sys.argv[1:])
print("no newline yet", end="")
print(" ... now")
name = input()
print(f"hello {name}: {2 ** 70} {0.1 + 0.2} {7 // -2} {len('😀')}")
print("to stderr", file=sys.stderr)
sys.exit(3)
