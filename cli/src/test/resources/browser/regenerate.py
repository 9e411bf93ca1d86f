"""Writes NAME.expected for every program here by running CPython 3.11: stdout, the last line of
stderr and the exit status, with the arguments and stdin of the program's `# args:` and
`# stdin:` header lines. Run: python3 cli/src/test/resources/browser/regenerate.py"""
import json
import pathlib
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(f"needs CPython 3.11, not {sys.version.split()[0]}")
here = pathlib.Path(__file__).resolve().parent
for program in sorted(here.glob("*.py")):
    if program.name == "regenerate.py":
        continue
    lines = program.read_text(encoding="utf-8").splitlines()
    args = [l[len("# args:"):].split() for l in lines if l.startswith("# args:")]
    stdin = "".join(l[len("# stdin:"):].strip() + "\n" for l in lines if l.startswith("# stdin:"))
    run = subprocess.run([sys.executable, program.name, *(args[0] if args else [])], cwd=here,
                         input=stdin.encode(), capture_output=True, timeout=60,
                         env={"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PATH": ""})
    err = [l for l in run.stderr.decode().splitlines() if l.strip()]
    expected = {"stdout": run.stdout.decode(), "stderr_last_line": err[-1] if err else "",
                "exit_status": run.returncode}
    program.with_suffix(".expected").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print(program.name, run.returncode)
