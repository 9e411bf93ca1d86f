import sys
print("out", end="")
sys.stdout.flush()
print("err line", file=sys.stderr)
print(" continued")
sys.exit(3)
