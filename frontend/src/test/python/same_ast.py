"""For each ORIGINAL UNPARSED pair of paths, prints 'same', 'different' or 'error: ...' on one line:
whether both files parse to the same ast.dump (positions ignored)."""
import ast
import sys

args = sys.argv[1:]
for original, unparsed in zip(args[::2], args[1::2]):
    try:
        with open(original, "rb") as f:
            a = ast.dump(ast.parse(f.read()))
        with open(unparsed, "rb") as f:
            b = ast.dump(ast.parse(f.read()))
        print("same" if a == b else "different")
    except (SyntaxError, ValueError) as e:
        print("error: " + str(e).replace("\n", " "))
