"""Regenerates syntax-errors.golden: CPython 3.11's SyntaxError for each snippet of syntax-errors.txt.

Snippets are separated by lines holding only '----'. Each golden line: line<TAB>offset<TAB>type<TAB>message.
Run: python3 syntax_errors.py < syntax-errors.txt > syntax-errors.golden
"""
import sys

for snippet in sys.stdin.read().split("\n----\n"):
    try:
        compile(snippet, "t.py", "exec", dont_inherit=True, flags=0x400)
        print("0\t0\tnone\tnone")
    except SyntaxError as e:
        print(f"{e.lineno}\t{e.offset}\t{type(e).__name__}\t{e.msg}")
