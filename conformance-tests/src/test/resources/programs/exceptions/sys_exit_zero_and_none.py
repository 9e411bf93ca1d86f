import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code)
print("SystemExit is BaseException:", not isinstance(SystemExit(), Exception))
raise SystemExit(7)
