# args: alpha beta
# stdin: Ada
# Routed to Pyodide (hashlib is not transpiled): the same page contract as a transpiled program.
import hashlib
import sys

print(sys.argv[1:])
line = input()
print(hashlib.sha256(line.encode()).hexdigest())
raise KeyError(line)
