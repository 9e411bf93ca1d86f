"""Regenerates snippets.golden: CPython 3.11's ast.dump(include_attributes=True) of each snippet of snippets.txt.

Snippets are separated by lines holding only '----'; one dump per output line.
Run: python3 snippet_dumps.py < snippets.txt > snippets.golden
"""
import ast
import sys

for snippet in sys.stdin.read().split("\n----\n"):
    print(ast.dump(ast.parse(snippet), include_attributes=True))
