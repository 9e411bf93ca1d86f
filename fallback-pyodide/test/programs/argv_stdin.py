import sys, zlib
print(sys.argv[1:])
for line in sys.stdin:
    print(line.rstrip().upper())
