"""Runs a Python program as `python3 FILE` would, and reports the CPU seconds the program used
after the interpreter was up (process-wide user + sys, from `time.process_time`) as a last
stderr line `@program-cpu <seconds>`, so bench/run.py can leave the host's start-up out."""
import atexit
import os
import runpy
import sys
import time

start = time.process_time()


def report():
    sys.stdout.flush()
    os.write(2, f"\n@program-cpu {time.process_time() - start:.6f}\n".encode())


atexit.register(report)
path = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path[0] = os.path.dirname(os.path.abspath(path))
runpy.run_path(path, run_name="__main__")
