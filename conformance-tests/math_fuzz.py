#!/usr/bin/env python3
"""Differential fuzz of the math module and float ** against CPython, bit for bit.

Generates a Python program that calls each math function on random and edge-case arguments
(tiny, huge, subnormal, near the singularities and domain edges, negative integers for gamma,
signed zeros, infinities, nans) and prints every result as float.hex (or the exception's type and
message), runs it with python3 and with `./taipan run`, and prints, per function, how many of
the calls gave a different line, with the first few differences.

Usage: python3 conformance-tests/math_fuzz.py [--seed N] [--count N] [--show N] [FUNCTION ...]
  (run from anywhere; the program is written to a temporary directory)

Figures it printed (seed 1, count 1500), before and after the math module's last-digit work, are
in docs/stdlib.md ("math: last digits").
"""
import argparse
import math
import random
import struct
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ONE_ARG = [
    "sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin",
    "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma",
    "lgamma", "cbrt", "fabs", "frexp", "modf", "ulp", "degrees", "radians", "floor", "ceil", "trunc",
]
TWO_ARG = ["atan2", "pow", "fmod", "remainder", "copysign", "nextafter", "hypot", "log_base", "float_pow"]
OTHER = ["hypot3", "hypot_n", "dist", "fsum", "prod", "ldexp"]

SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1e-310, -1e-310, 1.7976931348623157e308, -1.7976931348623157e308,
            1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-20, 1e-300, 1e300, 710.0, -745.0, 709.78, 0.1]


def random_bits(rnd):
    """A double from 64 random bits (nan patterns replaced)."""
    v = struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
    return v if v == v else rnd.uniform(-1, 1)


def around(rnd, x):
    """x moved by a few ulps, or by a small relative amount."""
    if rnd.random() < 0.5:
        for _ in range(rnd.randint(1, 4)):
            x = math.nextafter(x, math.inf if rnd.random() < 0.5 else -math.inf)
        return x
    return x * (1 + rnd.uniform(-1e-6, 1e-6)) + rnd.uniform(-1e-9, 1e-9)


def one_arg_inputs(rnd, count, name):
    """Arguments for a one-argument function: a mix of ranges and its own edge cases."""
    xs = list(SPECIALS)
    while len(xs) < count:
        k = rnd.random()
        if k < 0.25:
            xs.append(rnd.uniform(-10, 10))
        elif k < 0.4:
            xs.append(rnd.uniform(-1, 1))
        elif k < 0.55:
            xs.append(rnd.choice((-1, 1)) * 10 ** rnd.uniform(-30, 30))
        elif k < 0.65:
            xs.append(rnd.choice((-1, 1)) * 10 ** rnd.uniform(-320, 308))
        elif k < 0.72:
            xs.append(random_bits(rnd))
        elif k < 0.8:
            xs.append(rnd.uniform(-200, 200))
        else:
            xs.append(edge_case(rnd, name))
    return xs


def edge_case(rnd, name):
    """An argument near the function's own singularities, domain edges or breakpoints."""
    if name in ("gamma", "lgamma"):
        return rnd.choice([
            float(-rnd.randint(1, 180)) + rnd.choice((1, -1)) * 10 ** rnd.uniform(-15, -1),
            float(-rnd.randint(0, 180)), rnd.randint(1, 180) / 2, -rnd.randint(1, 360) / 2,
            rnd.uniform(0, 0.1), rnd.uniform(140, 200), rnd.uniform(-200, -140), rnd.uniform(1, 3),
            rnd.uniform(170, 172), 10 ** rnd.uniform(-25, -15) * rnd.choice((1, -1)), float(rnd.randint(1, 30)),
        ])
    if name in ("erf", "erfc"):
        return rnd.choice([rnd.uniform(-6, 28), rnd.uniform(0.84, 1.25), rnd.uniform(-1.25, -0.84),
                           rnd.uniform(2.8, 2.9), rnd.uniform(5.9, 6.1), rnd.uniform(26, 28), 10 ** rnd.uniform(-30, -8)])
    if name in ("atanh", "acosh", "asin", "acos", "log1p"):
        return around(rnd, rnd.choice([1.0, -1.0, 0.5, -0.5, 2.0, 0.0]))
    if name in ("sinh", "cosh", "tanh", "expm1", "exp", "exp2"):
        return rnd.choice([rnd.uniform(-22, 22), rnd.uniform(709, 711), rnd.uniform(-711, -709),
                           10 ** rnd.uniform(-30, -5) * rnd.choice((1, -1)), rnd.uniform(-0.5, 0.5),
                           rnd.uniform(-1100, 1100)])
    return around(rnd, rnd.choice([1.0, math.pi, math.e, 0.5, 2.0, 10.0, math.pi / 2]))


def two_arg_inputs(rnd, count, name):
    """Argument pairs for a two-argument function."""
    pairs = [(a, b) for a in SPECIALS[:8] for b in SPECIALS[:8]]
    while len(pairs) < count:
        k = rnd.random()
        if k < 0.3:
            pairs.append((rnd.uniform(-10, 10), rnd.uniform(-10, 10)))
        elif k < 0.5:
            pairs.append((rnd.choice((-1, 1)) * 10 ** rnd.uniform(-30, 30), rnd.choice((-1, 1)) * 10 ** rnd.uniform(-30, 30)))
        elif k < 0.6:
            pairs.append((random_bits(rnd), random_bits(rnd)))
        elif k < 0.7:
            pairs.append((rnd.choice((-1, 1)) * 10 ** rnd.uniform(-320, 308), rnd.choice((-1, 1)) * 10 ** rnd.uniform(-320, 308)))
        elif name in ("pow", "float_pow"):
            pairs.append(rnd.choice([(rnd.uniform(0, 3), rnd.uniform(-50, 50)), (rnd.uniform(-3, 3), float(rnd.randint(-40, 40))),
                                     (around(rnd, 1.0), rnd.uniform(-1e6, 1e6)), (rnd.uniform(0, 1e3), rnd.uniform(-100, 100))]))
        elif name == "atan2":
            x = rnd.uniform(-10, 10)
            pairs.append(rnd.choice([(x * rnd.uniform(0.99, 1.01), x), (x, x * 1e-20), (x * 1e-20, x), (-x * 1e-20, -abs(x))]))
        else:
            a = rnd.uniform(-1e6, 1e6)
            pairs.append((a, rnd.choice([rnd.uniform(-10, 10), a / rnd.randint(1, 9), 2.0 ** rnd.randint(-5, 5)])))
    return pairs


def other_inputs(rnd, count, name):
    """Argument tuples of the functions that take a variable number of arguments or iterables."""
    def value():
        return rnd.choice([rnd.uniform(-10, 10), rnd.choice((-1, 1)) * 10 ** rnd.uniform(-320, 308),
                           rnd.choice((-1, 1)) * 10 ** rnd.uniform(-30, 30), random_bits(rnd), rnd.choice(SPECIALS)])
    out = []
    while len(out) < count:
        if name == "ldexp":
            out.append([value(), float(rnd.choice([rnd.randint(-1100, 1100), rnd.randint(-60, 60), rnd.randint(-2200, 2200)]))])
        elif name in ("hypot3", "dist"):
            n = 3 if name == "hypot3" else 2 * rnd.randint(1, 4)
            out.append([value() if rnd.random() < 0.3 else rnd.uniform(-10, 10) for _ in range(n)])
        else:
            n = rnd.randint(1, 12)
            out.append([value() if rnd.random() < 0.3 else rnd.uniform(-10, 10) for _ in range(n)])
    return out


PROGRAM = r'''
import math

def show(v):
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, tuple):
        return "(" + ",".join(show(x) for x in v) + ")"
    return repr(v)

def run(name, f, data):
    for i, args in enumerate(data.split(";")):
        xs = [float.fromhex(a) for a in args.split(",")]
        try:
            r = show(f(*xs))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(name, i, args, r)

FUNCS = {
    "log_base": lambda x, b: math.log(x, b),
    "float_pow": lambda x, y: x ** y,
    "hypot3": math.hypot,
    "hypot_n": math.hypot,
    "dist": lambda *v: math.dist(v[:len(v) // 2], v[len(v) // 2:]),
    "fsum": lambda *v: math.fsum(v),
    "prod": lambda *v: math.prod(v),
    "ldexp": lambda x, i: math.ldexp(x, int(i)),
    "floor": lambda x: math.floor(x),
    "ceil": lambda x: math.ceil(x),
    "trunc": lambda x: math.trunc(x),
}
'''


def build_program(rnd, count, names):
    lines = [PROGRAM]
    for name in names:
        if name in ONE_ARG:
            data = [[x] for x in one_arg_inputs(rnd, count, name)]
        elif name in TWO_ARG:
            data = [list(p) for p in two_arg_inputs(rnd, count, name)]
        else:
            data = other_inputs(rnd, count // 3, name)
        text = ";".join(",".join(float(x).hex() for x in args) for args in data)
        lines.append(f"run({name!r}, FUNCS.get({name!r}) or getattr(math, {name!r}), {text!r})")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--show", type=int, default=3, help="differences printed per function")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or ONE_ARG + TWO_ARG + OTHER
    rnd = random.Random(args.seed)
    source = build_program(rnd, args.count, names)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "math_fuzz_program.py"
        path.write_text(source)
        expected = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True).stdout
        got = subprocess.run([str(ROOT / "taipan"), "run", str(path)], capture_output=True, text=True)
        if got.returncode != 0:
            print(got.stderr[-3000:], file=sys.stderr)
    exp_lines = expected.splitlines()
    got_lines = got.stdout.splitlines()
    totals, diffs = defaultdict(int), defaultdict(list)
    for i, line in enumerate(exp_lines):
        name = line.split(" ", 1)[0]
        totals[name] += 1
        other = got_lines[i] if i < len(got_lines) else "<missing>"
        if other != line:
            diffs[name].append((line, other))
    all_calls = sum(totals.values())
    all_diffs = sum(len(d) for d in diffs.values())
    print(f"{'function':<10} {'calls':>6} {'differ':>6} {'rate':>7}")
    for name in names:
        n, d = totals[name], len(diffs[name])
        print(f"{name:<10} {n:>6} {d:>6} {100 * d / max(n, 1):>6.2f}%")
    print(f"{'total':<10} {all_calls:>6} {all_diffs:>6} {100 * all_diffs / max(all_calls, 1):>6.2f}%")
    for name in names:
        for want, have in diffs[name][:args.show]:
            print(f"  python3: {want}\n  taipan:  {have}")
    return 1 if all_diffs else 0


if __name__ == "__main__":
    sys.exit(main())
