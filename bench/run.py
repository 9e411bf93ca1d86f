#!/usr/bin/env python3
"""Benchmark runner: builds each program in bench/programs with `taipan build`, checks that
Taipan's output equals CPython's, times CPython, Taipan's JS in Node, the hand-written JS in
Node (and Pyodide when available), and prints run-time and build-size tables.

Usage: python3 bench/run.py [--runs N] [--pyodide-runs N] [--no-pyodide] [--keep DIR] [NAME ...]
Times are best-of-N wall-clock seconds of the whole process (start-up included); the CPU
seconds (user + sys of the child) are printed too, as they are less disturbed by other load, and
the CPU seconds each program used once its host was up (Node's start-up, ≈ 0.06 s, is longer than
CPython's, and dominates the smallest benchmarks; bench/host_cpu.py and host_cpu.mjs measure it).
"""
import argparse
import gzip
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"
NAMES = ["fib", "nbody", "spectral_norm", "fannkuch", "richards", "words"]
PYODIDE_RUNNER = ROOT / "fallback-pyodide" / "js" / "run-routed.mjs"
PYODIDE_PACKAGE = ROOT / "fallback-pyodide" / "node_modules" / "pyodide"
HOST_CPU_PY = BENCH / "host_cpu.py"
HOST_CPU_MJS = BENCH / "host_cpu.mjs"


class Measured:
    """Best wall and CPU seconds of a command over several runs, and its output."""

    def __init__(self, wall, cpu, stdout, error, program=None):
        self.wall, self.cpu, self.stdout, self.error = wall, cpu, stdout, error
        self.program = program


def measure(cmd, runs, host_cpu=None):
    """Best wall and CPU seconds of `cmd`; with `host_cpu` (the same program under a
    host_cpu.py/.mjs wrapper) also the best CPU seconds the program used once its host was up."""
    best_wall = best_cpu = best_program = math.inf
    stdout = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            return Measured(None, None, proc.stdout, f"exit {proc.returncode}: {proc.stderr.strip()[-2000:]}")
        if stdout is not None and proc.stdout != stdout:
            return Measured(None, None, proc.stdout, "output differs between runs")
        stdout = proc.stdout
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    for _ in range(runs if host_cpu else 0):
        proc = subprocess.run(host_cpu, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        last = proc.stderr.strip().splitlines()[-1:] or [""]
        if proc.returncode != 0 or proc.stdout != stdout or not last[0].startswith("@program-cpu "):
            return Measured(None, None, proc.stdout, f"under {host_cpu[1]}: exit {proc.returncode}, "
                                                      f"output {'same' if proc.stdout == stdout else 'differs'}")
        best_program = min(best_program, float(last[0].split()[1]))
    return Measured(best_wall, best_cpu, stdout, None, best_program if host_cpu else None)


BUILD_FLAGS = []


def build(py_file, out_dir):
    proc = subprocess.run([str(ROOT / "taipan"), "build", str(py_file), "-o", str(out_dir)] + BUILD_FLAGS,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        return f"taipan build failed (exit {proc.returncode}):\n{proc.stderr.strip()}"
    return None


def build_size(out_dir):
    """Raw bytes, summed per-file gzip -9 bytes, and count of the .js/.mjs files shipped."""
    raw = gz = count = 0
    for f in sorted(out_dir.rglob("*")):
        if f.is_file() and f.suffix in (".js", ".mjs"):
            data = f.read_bytes()
            raw += len(data)
            gz += len(gzip.compress(data, compresslevel=9, mtime=0))
            count += 1
    return raw, gz, count


def fmt(x, digits=2):
    return "-" if x is None else f"{x:.{digits}f}"


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def version(cmd):
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout.strip()
    except OSError:
        return "absent"


def print_table(header, rows):
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs (default 3)")
    ap.add_argument("--pyodide-runs", type=int, default=1,
                    help="best of this many Pyodide runs (default 1: each pays ~5 s of start-up)")
    ap.add_argument("--no-pyodide", action="store_true", help="skip the Pyodide column")
    ap.add_argument("--keep", help="build into this directory and keep it")
    ap.add_argument("--no-optimize", action="store_true",
                    help="measure `taipan build --no-optimize` (the emitted modules and runtime files, "
                         "as before the optimiser) instead of the optimised bundle (`--optimize`)")
    ap.add_argument("names", nargs="*", default=NAMES)
    args = ap.parse_args()
    BUILD_FLAGS.append("--no-optimize" if args.no_optimize else "--optimize")
    pyodide = not args.no_pyodide and PYODIDE_PACKAGE.is_dir()
    if not args.no_pyodide and not pyodide:
        print("note: no Pyodide column (run `npm ci` in fallback-pyodide to add it)", file=sys.stderr)

    out_root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="taipan-bench-"))
    out_root.mkdir(parents=True, exist_ok=True)
    print(f"# {date.today()}  {platform.node()}  {os.cpu_count()} cores  load {os.getloadavg()[0]:.2f}  "
          f"{version(['python3', '--version'])}  node {version(['node', '--version'])}  best of {args.runs}"
          f"  {'--no-optimize' if args.no_optimize else 'optimised'} builds")
    problems = []
    results = {}
    sizes = {}
    try:
        hello = out_root / "hello.py"
        hello.write_text('print("Hello, world!")\n')
        err = build(hello, out_root / "hello")
        if err:
            problems.append(f"hello: {err}")
        else:
            sizes["hello"] = build_size(out_root / "hello")
        for name in args.names:
            py_file = PROGRAMS / f"{name}.py"
            out_dir = out_root / name
            print(f"... {name}", file=sys.stderr, flush=True)
            err = build(py_file, out_dir)
            cpy = measure(["python3", str(py_file)], args.runs, ["python3", str(HOST_CPU_PY), str(py_file)])
            hand_js = str(PROGRAMS / f"{name}.js")
            hand = measure(["node", hand_js], args.runs, ["node", str(HOST_CPU_MJS), hand_js])
            if err:
                tp = Measured(None, None, None, err)
            else:
                sizes[name] = build_size(out_dir)
                built = str(out_dir / f"{name}.js")
                tp = measure(["node", built], args.runs, ["node", str(HOST_CPU_MJS), built])
            pyo = measure(["node", str(PYODIDE_RUNNER), str(py_file)], args.pyodide_runs) if pyodide else None
            for label, m in (("CPython", cpy), ("Taipan", tp), ("hand-written JS", hand), ("Pyodide", pyo)):
                if m is None:
                    continue
                if m.error:
                    problems.append(f"{name}: {label}: {m.error}")
                elif label != "CPython" and cpy.error is None and m.stdout != cpy.stdout:
                    problems.append(f"{name}: {label} OUTPUT DIFFERS FROM CPython\n--- CPython\n{cpy.stdout}"
                                    f"--- {label}\n{m.stdout}")
                    m.wall = m.cpu = m.program = None
            results[name] = (cpy, tp, hand, pyo)
    finally:
        if not args.keep:
            shutil.rmtree(out_root, ignore_errors=True)

    titles = {
        "wall": "wall-clock seconds including process start-up",
        "cpu": "CPU (user+sys) seconds including process start-up",
        "program": "CPU (user+sys) seconds of the program once its host is up (Python after the "
                   "interpreter's start-up and `site`, JavaScript after Node's start-up; Taipan's "
                   "runtime loading is counted; bench/host_cpu.py, bench/host_cpu.mjs)",
    }
    for kind in ("wall", "cpu", "program"):
        print(f"\nRun time, best of {args.runs}, {titles[kind]}:\n")
        header = ["benchmark", "CPython 3.11", "Taipan (Node)", "hand JS (Node)"]
        header += ["Pyodide"] if pyodide else []
        header += ["Taipan speed-up vs CPython", "Taipan / hand JS"]
        rows, speedups, ratios = [], [], []
        cols = {k: [] for k in range(4)}
        for name, ms in results.items():
            vals = [getattr(m, kind) if m else None for m in ms]
            for k, v in enumerate(vals):
                cols[k].append(v)
            cpy_t, tp_t, hand_t, pyo_t = vals
            speedup = cpy_t / tp_t if cpy_t and tp_t else None
            ratio = tp_t / hand_t if tp_t and hand_t else None
            speedups.append(speedup)
            ratios.append(ratio)
            digits = 3 if kind == "program" else 2
            row = [name, fmt(cpy_t, digits), fmt(tp_t, digits) if tp_t else "FAIL", fmt(hand_t, digits)]
            row += [fmt(pyo_t, digits)] if pyodide else []
            row += [fmt(speedup) + "x" if speedup else "-", fmt(ratio) + "x" if ratio else "-"]
            rows.append(row)
        row = ["geometric mean"] + [fmt(geomean(cols[k]), digits) for k in range(3)]
        row += [fmt(geomean(cols[3]), digits)] if pyodide else []
        gs, gr = geomean(speedups), geomean(ratios)
        row += [fmt(gs) + "x" if gs else "-", fmt(gr) + "x" if gr else "-"]
        rows.append(row)
        print_table(header, rows)

    print("\nBuild size (all .js files `taipan build` writes; gzip -9 summed per file):\n")
    print_table(["program", "files", "raw bytes", "gzip bytes"],
                [[n, str(c), str(r), str(g)] for n, (r, g, c) in sizes.items()])

    if problems:
        print("\n" + "!" * 72)
        print(f"!!! {len(problems)} PROBLEM(S): Taipan must print exactly what CPython prints")
        print("!" * 72)
        for p in problems:
            print(f"\n* {p}")
        return 1
    print("\nAll outputs equal CPython's.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
