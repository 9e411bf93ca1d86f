import sys
print("out line")
print("warning: something", file=sys.stderr)
print("err last", file=sys.stderr)
