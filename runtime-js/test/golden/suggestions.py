#!/usr/bin/env python3
"""Writes suggestions.json: wrong names, candidate lists and the "Did you mean" suggestion
CPython 3.11's default excepthook prints for them (None when it prints none), for
test/suggestions.test.js. The suggestion is read from what sys.__excepthook__ writes for an
AttributeError whose `obj` lists the candidates through __dir__ (dir() sorts them, so each
list is stored sorted). Run from runtime-js/ with python3 (3.11)."""
import io
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261126)


class Candidates:
    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return self.names


def cpython_suggestion(name, names):
    e = AttributeError("x")
    e.name = name
    e.obj = Candidates(names)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(AttributeError, e, None)
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    m = re.search(r"\. Did you mean: '(.*)'\?\n$", text, re.S)
    return m.group(1) if m else None


def vocabulary():
    import builtins
    import keyword
    words = set(dir(builtins)) | set(keyword.kwlist) | set(dir(str)) | set(dir(list)) | set(dir(dict))
    words |= {"value", "values", "total", "count", "counter", "print_total", "x", "y", "xy", "ab",
              "é", "café", "naïve", "Straße", "日本語", "données", "A" * 41, "a" * 39 + "b", "a" * 40}
    return sorted(words)


def mutate(word):
    w = list(word)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        op = rng.randrange(5)
        i = rng.randrange(len(w) + 1)
        if op == 0 and w:
            del w[min(i, len(w) - 1)]
        elif op == 1:
            w.insert(i, rng.choice(string.ascii_letters + "_é"))
        elif op == 2 and w:
            j = min(i, len(w) - 1)
            w[j] = w[j].swapcase()
        elif op == 3 and len(w) > 1:
            j = min(i, len(w) - 2)
            w[j], w[j + 1] = w[j + 1], w[j]
        elif w:
            j = min(i, len(w) - 1)
            w[j] = rng.choice(string.ascii_letters)
    return "".join(w) or "q"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("suggestions.py: CPython 3.11 is the oracle")
    words = vocabulary()
    cases = []
    for _ in range(2000):
        names = sorted(set(rng.sample(words, rng.randrange(1, 25))))
        target = rng.choice(names)
        wrong = mutate(target) if rng.random() < 0.9 else rng.choice(words)
        cases.append([wrong, names, cpython_suggestion(wrong, names)])
    # The size limit: 749 names are searched, 750 are not.
    many = sorted({f"name{i}" for i in range(760)})
    for size in (749, 750):
        names = many[:size - 1] + ["print"]
        cases.append(["prnt", names, cpython_suggestion("prnt", names)])
    with open(os.path.join(HERE, "suggestions.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
