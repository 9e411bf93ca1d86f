#!/usr/bin/env bash
# Times each benchmark under CPython 3.11, as Taipan's output in Node, and as hand-written
# JS in Node, checks that Taipan prints what CPython prints, and prints a table with the
# sizes of Taipan's builds. Usage: bench/run.sh [runs]   (best of `runs`, default 3)
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
best() { # best wall time of "$@" in seconds, over $runs runs
  local b=""
  for _ in $(seq "$runs"); do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
  done
  printf '%.3f' "$b"
}
gz() { cat "$@" | gzip -9 | wc -c; }
printf '| benchmark | CPython 3.11 (s) | Taipan in Node (s) | hand-written JS (s) | Taipan vs CPython | output = CPython | build size raw / gzip (bytes) |\n'
printf '|---|---:|---:|---:|---:|---|---:|\n'
for b in fib nbody spectral_norm fannkuch richards words; do
  ../taipan build "$b.py" -o "$out/$b" >/dev/null
  same=yes
  if [ "$(python3 "$b.py")" != "$(node "$out/$b/$b.js")" ]; then same=NO; fi
  py=$(best python3 "$b.py")
  tp=$(best node "$out/$b/$b.js")
  js=$(best node "$b.js")
  ratio=$(echo "scale=2; $py / $tp" | bc)
  raw=$(find "$out/$b" -name '*.js' -exec cat {} + | wc -c)
  gzb=$(find "$out/$b" -name '*.js' | sort | xargs cat | gzip -9 | wc -c)
  printf '| %s | %s | %s | %s | %sx | %s | %s / %s |\n' "$b" "$py" "$tp" "$js" "$ratio" "$same" "$raw" "$gzb"
done
printf 'print("Hello, world!")\n' > "$out/hello.py"
../taipan build "$out/hello.py" -o "$out/hello" >/dev/null
raw=$(find "$out/hello" -name '*.js' -exec cat {} + | wc -c)
gzb=$(find "$out/hello" -name '*.js' | sort | xargs cat | gzip -9 | wc -c)
echo
echo "hello world build: $raw bytes raw, $gzb bytes gzip (all JS files concatenated)"
