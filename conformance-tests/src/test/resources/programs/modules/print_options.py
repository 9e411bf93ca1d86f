print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("x", 1, None, [2], sep="")
import sys
print("to stdout", file=sys.stdout)
sys.stdout.write("written\n")
print(flush=True)
