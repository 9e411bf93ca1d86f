#!/usr/bin/env python3
"""Writes the argument-count and keyword errors of CPython 3.11's built-in functions and types
(and the math module's functions), as CPython raises them, for the runtime's generic call path:

  runtime-js/src/internals/builtin-arity-table.js   what internals/builtin-arity.js checks
  codegen-js/src/main/java/dev/taipan/codegen/BuiltinArgumentCounts.java
                                                    which direct calls may skip the check
  runtime-js/test/golden/builtin-arity.json         CPython's messages for more counts and
                                                    keywords than the table was made from

Nothing is written by hand: every builtin is called with 0..12 positional arguments (inert
objects) and once more with an unknown keyword as well; the TypeErrors whose message is one of
CPython's argument-checking messages are recorded. Per builtin the table holds the message for
each count up to the largest accepted one, and for larger counts a template in which `{n}` is
the positional count and `{t}` the count with keywords (derived from the messages of several
counts and checked against all of them). In keyword messages `{k}` is the keyword's name.
The keyword names a builtin accepts are those of a vocabulary (every parameter name and word of
the builtins' signatures and docs) that CPython does not reject for it.
Run with python3 (3.11) from anywhere; review the diff.
"""
import builtins
import contextlib
import inspect
import io
import json
import math
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
JS_OUT = ROOT / "runtime-js" / "src" / "internals" / "builtin-arity-table.js"
GOLDEN_OUT = ROOT / "runtime-js" / "test" / "golden" / "builtin-arity.json"
JAVA_OUT = ROOT / "codegen-js" / "src" / "main" / "java" / "dev" / "taipan" / "codegen" / "BuiltinArgumentCounts.java"

MAX_PROBE = 12
# Calling these runs a debugger, a pager or ends the probe: their arguments are not checked here.
SKIP = {"breakpoint", "help", "exit", "quit", "copyright", "credits", "license", "__build_class__", "__loader__"}

# CPython's argument-checking messages (Python/getargs.c, Objects/methodobject.c, Objects/call.c
# and the hand-written checks of a few builtins). A TypeError with another message comes from
# the builtin's body, after its arguments were accepted.
NAME = r"[\w.]+"
ARITY = [re.compile(p) for p in (
    rf"^{NAME}\(\) takes exactly one argument \(\d+ given\)$",
    rf"^{NAME} expected (at least |at most )?\d+ arguments?, got \d+$",
    rf"^{NAME}\(\) takes (at least |at most |exactly )?\d+ (positional |keyword )?arguments? \(\d+ given\)$",
    rf"^{NAME}\(\) missing required argument '\w+'( \(pos \d+\))?$",
    rf"^{NAME}\(\) takes no (positional |keyword )?arguments$",
    rf"^{NAME}\(\) takes no arguments \(\d+ given\)$",
    rf"^'\w+' is an invalid keyword argument for {NAME}\(\)$",
    rf"^{NAME}\(\) got an unexpected keyword argument '\w+'$",
    rf"^{NAME} requires \d+ to \d+ arguments$",
    rf"^{NAME}\(\) takes 1 or 3 arguments$",
)]


def rejects(message, name):
    return (message.endswith("takes no keyword arguments")
            or f"'{name}' is an invalid keyword argument" in message
            or f"unexpected keyword argument '{name}'" in message)


def targets():
    out = {}
    for name in dir(builtins):
        value = getattr(builtins, name)
        if name in SKIP or name.startswith("_") and name != "__import__" or not callable(value):
            continue
        if isinstance(value, type) and issubclass(value, BaseException):
            continue
        out[name] = value
    for name in dir(math):
        value = getattr(math, name)
        if callable(value):
            out["math." + name] = value
    return out


def probe(f, n, kw):
    """The argument-checking message of `f(n inert objects, **kw)`, or None when it is accepted."""
    args = [object() for _ in range(n)]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        saved = sys.stdin
        sys.stdin = io.StringIO()
        try:
            f(*args, **kw)
        except TypeError as e:
            message = str(e)
            return message if any(p.match(message) for p in ARITY) else None
        except BaseException:
            return None
        finally:
            sys.stdin = saved
    return None


def template(samples):
    """One message template for samples (n, number of keywords, message): numbers that follow the
    positional count become {n}, the count with keywords {t}, the number of keywords {w}."""
    parts = [re.split(r"(\d+)", m) for _, _, m in samples]
    if len({len(p) for p in parts}) != 1:
        raise ValueError(f"messages differ in shape: {samples}")
    out = []
    for i, piece in enumerate(parts[0]):
        if i % 2 == 0:
            if any(p[i] != piece for p in parts):
                raise ValueError(f"messages differ: {samples}")
            out.append(piece)
            continue
        values = [int(p[i]) for p in parts]
        for placeholder, rule in (("", lambda n, w: values[0]), ("{n}", lambda n, w: n),
                                  ("{t}", lambda n, w: n + w), ("{w}", lambda n, w: w)):
            if values == [rule(n, w) for n, w, _ in samples]:
                out.append(placeholder or piece)
                break
        else:
            raise ValueError(f"no template for {samples}")
    return "".join(out)


def table(f, kws):
    """{m: message template or None for each count up to the largest accepted, hi: template for
    larger counts or None}, from calls with each of the keyword sets `kws` (the first name of a
    set, the one CPython reports, is {k})."""
    rows = []
    for n in range(MAX_PROBE + 1):
        row = []
        for kw in kws:
            m = probe(f, n, kw)
            if m is not None and kw:
                first = next(iter(kw))
                if any(f"'{k}'" in m for k in kw if k != first):
                    raise ValueError(f"{f} reports another keyword than the first: {m}")
                m = m.replace(f"'{first}'", "'{k}'")
            row.append((n, len(kw), m))
        rows.append(row)

    def rule(samples):
        # With several keyword sets, the first decides where the others differ (a total count
        # past the limit, which builtin-arity.js tells from the one-keyword table).
        if samples[0][2] is None:
            return None
        try:
            return template(samples)
        except ValueError:
            return template(samples[:1])

    # The shortest prefix after which one rule holds: all accepted, or one template (>= 3 counts).
    for start in range(MAX_PROBE - 1):
        tail = [s for row in rows[start:] for s in row]
        first = [row[0] for row in rows[start:]]
        if all(m is None for _, _, m in first):
            return {"m": [rule(row) for row in rows[:start]], "hi": None}
        for samples in (tail, first):
            if all(m is not None for _, _, m in samples):
                try:
                    return {"m": [rule(row) for row in rows[:start]], "hi": template(samples)}
                except ValueError:
                    pass
    raise ValueError(f"no rule for the large counts of {f}: {rows}")


def vocabulary(funcs):
    words = set()
    for f in funcs.values():
        try:
            words.update(inspect.signature(f).parameters)
        except (TypeError, ValueError):
            pass
        words.update(re.findall(r"[A-Za-z_]\w*", f.__doc__ or ""))
    return sorted(words)


def keywords(f, words):
    """The keyword names `f` accepts: '*' for any, else the sorted list of those that CPython does
    not refuse for some positional count at which it refuses an unknown name."""
    refusing = [n for n in range(4) if (m := probe(f, n, {"zz": 0})) is not None and rejects(m, "zz")]
    if not refusing:
        return "*"
    out = []
    for w in words:
        if w == "zz":
            continue
        if any((m := probe(f, n, {w: 0})) is None or not rejects(m, w) for n in refusing):
            out.append(w)
    return out


def entry(f, words):
    pos = table(f, [{}])
    kw = keywords(f, words)
    e = {"m": pos["m"], "hi": pos["hi"], "kw": kw}
    # One keyword it does not know; two; three or more (the count of keywords is {w}). The same
    # messages for other names: the name is a parameter, not part of the text.
    one = table(f, [{"zz": 0}])
    if one != table(f, [{"yy": 0}]):
        raise ValueError(f"keyword messages depend on the name for {f}")
    two = table(f, [{"zz": 0, "yy": 0}])
    more = table(f, [{"zz": 0, "yy": 0, "xx": 0}, {"zz": 0, "yy": 0, "xx": 0, "ww": 0}])
    e.update(km=one["m"], khi=one["hi"])
    # Left out when the same as with fewer keywords (builtin-arity.js falls back).
    if two != one:
        e.update(k2m=two["m"], k2hi=two["hi"])
    if more != two:
        e.update(k3m=more["m"], k3hi=more["hi"])
    return e


def valid_counts(e):
    """(bit mask of accepted counts below 31, whether every count from len(m) up is accepted)."""
    mask = 0
    for n in range(31):
        ok = e["m"][n] is None if n < len(e["m"]) else e["hi"] is None
        if ok:
            mask |= 1 << n
    return mask, e["hi"] is None


def write_js(entries):
    lines = [
        "// Generated by runtime-js/scripts/generate_builtin_arity.py from CPython 3.11. Do not edit.",
        "// Per builtin (`$name`; the math functions in MATH): `m`, CPython's argument-count message for",
        "// each positional count up to the largest it accepts (null: accepted); `hi`, the template for",
        "// larger counts (null: all accepted); `kw`, the keyword names it accepts ('*': any); `km` and",
        "// `khi`, the same for a call with a keyword it does not accept ({k}), or with any keyword when",
        "// it accepts any; `k2m`, `k2hi` with two keywords, `k3m`, `k3hi` with more (when different).",
        "// `{n}` is the positional count, `{t}` the count with keywords, `{w}` the number of keywords.",
        "// One export per builtin, so a bundle keeps only those of the builtins it uses.",
        "",
    ]
    for name, e in entries.items():
        if not name.startswith("math."):
            lines.append(f"export const ${name} = {json.dumps(e, ensure_ascii=False)};")
    lines.append("")
    lines.append("export const MATH = {")
    for name, e in entries.items():
        if name.startswith("math."):
            lines.append(f"  {name[5:]}: {json.dumps(e, ensure_ascii=False)},")
    lines.append("};")
    JS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_java(entries):
    rows = []
    for name, e in entries.items():
        if name.startswith("math."):
            continue
        mask, unbounded = valid_counts(e)
        rows.append(f"      Map.entry({json.dumps(name)}, new Counts(0x{mask:x}L, {str(unbounded).lower()}))")
    joined = ",\n".join(rows)
    text = f"""// Generated by runtime-js/scripts/generate_builtin_arity.py from CPython 3.11. Do not edit.
package dev.taipan.codegen;

import java.util.Map;

/**
 * The positional argument counts each builtin accepts in CPython. A direct call with another
 * count compiles to the generic call, whose check raises CPython's TypeError (after the
 * arguments are evaluated, as in CPython).
 */
final class BuiltinArgumentCounts {{
  /** Accepted counts below 31 as bits; from 31 on, all or none are accepted. */
  record Counts(long mask, boolean unbounded) {{
    boolean accepts(int n) {{
      return n < 31 ? (mask >>> n & 1) != 0 : unbounded;
    }}
  }}

  private static final Map<String, Counts> COUNTS = Map.ofEntries(
{joined});

  private BuiltinArgumentCounts() {{}}

  /** False when CPython refuses a call of builtin {{@code name}} with {{@code n}} positional arguments. */
  static boolean accepts(String name, int n) {{
    Counts c = COUNTS.get(name);
    return c == null || c.accepts(n);
  }}
}}
"""
    JAVA_OUT.write_text(text, encoding="utf-8")


def write_golden(funcs):
    """Cases the node test (test/builtin-arity.test.js) replays through the table: CPython's
    message (or null) for 0..20 positional arguments, alone and with one to three keywords."""
    cases = []
    for name, f in funcs.items():
        for n in range(21):
            for kw in ({}, {"qq": 0}, {"key": 0, "qq": 0}, {"qq": 0, "rr": 0, "ss": 0}):
                cases.append([name, n, list(kw), probe(f, n, kw)])
    GOLDEN_OUT.write_text(json.dumps(cases, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("generate_builtin_arity.py: CPython 3.11 is the oracle")
    funcs = targets()
    words = vocabulary(funcs)
    entries = {name: entry(f, words) for name, f in funcs.items()}
    write_js(entries)
    write_java(entries)
    write_golden(funcs)
    print(f"wrote {JS_OUT} and {JAVA_OUT}")


if __name__ == "__main__":
    main()
