#!/usr/bin/env bash
# Regenerates test/golden/*.json from CPython 3.11, the oracle: stdout, stderr's last line and
# the exit status of each program in test/programs/, run with the argv and stdin of cases.json.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import json, subprocess, sys, pathlib
assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
cases = json.loads(pathlib.Path("cases.json").read_text())
for name, case in sorted(cases.items()):
    p = subprocess.run([sys.executable, f"programs/{name}.py", *case.get("argv", [])], cwd=".",
                       input=case.get("stdin", "").encode(), capture_output=True)
    err = p.stderr.decode().splitlines()
    golden = {"stdout": p.stdout.decode(), "stderrLastLine": err[-1] if err else "", "status": p.returncode}
    pathlib.Path(f"golden/{name}.json").write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n")
    print(name, p.returncode)
PY
