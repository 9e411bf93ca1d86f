"""Prints CPython's AST of each file as one JSON document per line (test support for the Java side)."""
import ast
import json
import sys


def constant(v):
    if v is None:
        return {"none": True}
    if v is True or v is False:
        return {"bool": v}
    if v is Ellipsis:
        return {"ellipsis": True}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex()}
    if isinstance(v, complex):
        return {"complex": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            out[f] = constant(v)
        else:
            out[f] = node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a):
            out[a] = getattr(n, a)
    return out


def has_surrogate_pair(tree):
    """Whether a str holds a high surrogate followed by a low one: Java's UTF-16 strings cannot tell
    that apart from the single astral character it encodes."""
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            v = n.value
            for a, b in zip(v, v[1:]):
                if 0xD800 <= ord(a) < 0xDC00 and 0xDC00 <= ord(b) < 0xE000:
                    return True
    return False


for path in sys.argv[1:]:
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
        print(json.dumps({"file": path, "ast": node(tree), "surrogate_pairs": has_surrogate_pair(tree)}))
    except (SyntaxError, ValueError, OSError) as e:
        print(json.dumps({"file": path, "error": str(e)}))
