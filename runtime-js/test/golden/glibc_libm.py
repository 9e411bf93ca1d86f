#!/usr/bin/env python3
"""Writes glibc-libm.json: arguments and CPython's results (float.hex) of the math functions whose
runtime versions port glibc's or mathmodule.c's algorithms (exp, erf, erfc, expm1, log1p, the
hyperbolic functions, hypot, dist, atan2, gamma, lgamma), of complex abs (glibc's hypot), and of
sin, cos and tan of large arguments, for test/glibc-libm.test.js. CPython 3.11 on Linux x86-64
(glibc) is the reference. Run from runtime-js/ with python3."""
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rnd = random.Random(7)
    cases = []

    def add(name, f, *args):
        try:
            r = f(*args)
            out = r.hex()
        except (ValueError, OverflowError) as e:
            out = type(e).__name__
        cases.append([name] + [float(a).hex() for a in args] + [out])

    def spread():
        return rnd.choice([rnd.uniform(-6, 6), rnd.uniform(-1, 1), rnd.choice((-1, 1)) * 10 ** rnd.uniform(-30, 3),
                           rnd.uniform(-30, 30), rnd.uniform(-720, 720)])

    one = {"erf": math.erf, "erfc": math.erfc, "expm1": math.expm1, "sinh": math.sinh, "cosh": math.cosh,
           "tanh": math.tanh, "asinh": math.asinh, "gamma": math.gamma, "lgamma": math.lgamma}
    for name, f in one.items():
        for _ in range(250):
            add(name, f, spread())
    for _ in range(250):
        add("log1p", math.log1p, rnd.choice([rnd.uniform(-1, 1), 10 ** rnd.uniform(-20, 300), rnd.uniform(-0.3, 0.5)]))
        add("acosh", math.acosh, rnd.choice([rnd.uniform(1, 3), 1 + 10 ** rnd.uniform(-15, 0), 10 ** rnd.uniform(0, 300)]))
        add("atanh", math.atanh, rnd.choice([rnd.uniform(-1, 1), rnd.choice((-1, 1)) * 10 ** rnd.uniform(-30, 0)]))
        add("atan2", math.atan2, spread(), spread())
        add("hypot", math.hypot, spread(), spread())
        add("hypot3", math.hypot, spread(), spread(), spread())
        add("cabs", lambda x, y: abs(complex(x, y)), spread(), spread())
        add("exp", math.exp, rnd.choice([spread(), rnd.uniform(-746, -700), rnd.uniform(700, 710)]))
        for name in ("sin", "cos", "tan"):
            add(name, getattr(math, name), rnd.choice((-1, 1)) * 10 ** rnd.uniform(6, 308))
    with open(os.path.join(HERE, "glibc-libm.json"), "w") as out:
        json.dump(cases, out, indent=0)
        out.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
