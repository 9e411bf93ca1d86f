import sys
try:
    try:
        sys.exit(4)
    finally:
        print("finally runs before exit")
except SystemExit as e:
    print("caught", e.code)
    sys.exit(e.code + 1)
