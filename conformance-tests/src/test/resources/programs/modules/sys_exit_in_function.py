import sys
def main(argv):
    if len(argv) < 2:
        print("usage: prog NAME")
        return 2
    return 0
sys.exit(main(sys.argv))
