# args: alpha beta 42
import sys
print(sys.argv[1:], len(sys.argv))
print(sum(int(a) for a in sys.argv[1:] if a.isdigit()))
