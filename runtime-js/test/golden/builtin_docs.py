#!/usr/bin/env python3
"""Writes runtime-js/src/internals/builtin-docs.js: CPython 3.11's docstrings of the builtin
functions the runtime provides (the function exports listed in builtins-module.js)."""
import builtins
import json
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
module = (SRC / "modules" / "builtins-module.js").read_text()
imports = re.findall(r"import \{ ([^}]*) \} from '\.\./(builtins/[^']+|internals/protocols\.js)';", module)
lines = [
    "// CPython 3.11's docstrings of the builtin functions (`abs.__doc__`), loaded by the modules",
    "// that read a `__doc__` attribute. Regenerate with test/golden/builtin_docs.py.",
    "",
]
assigned = []
for names, file in imports:
    chosen = [n.strip() for n in names.split(",")
              if type(getattr(builtins, n.strip())).__name__ == "builtin_function_or_method"]
    if chosen:
        lines.append("import { %s } from '../%s';" % (", ".join(chosen), file))
        assigned += chosen
lines.append("")
for n in assigned:
    lines.append("%s.__doc__ = %s;" % (n, json.dumps(getattr(builtins, n).__doc__, ensure_ascii=False)))
(SRC / "internals" / "builtin-docs.js").write_text("\n".join(lines) + "\n")
