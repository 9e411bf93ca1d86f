# sys.exit() given a SystemExit instance raises that very instance, so its code is the status.
import sys
try:
    sys.exit(SystemExit(7))
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit(ValueError("v"))
except SystemExit as e:
    print(type(e.code).__name__, e.code)
print("exiting")
sys.exit(SystemExit(5))
