// `node run-routed.mjs ENTRY.py ARGS...` behaves as `python3 ENTRY.py ARGS...`: argv, stdin,
// stdout bytes, stderr and exit status (one Pyodide start per process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const runner = path.join(here, '..', 'js', 'run-routed.mjs');
const cases = JSON.parse(readFileSync(path.join(here, 'cases.json'), 'utf8'));

for (const name of ['argv_stdin', 'exit_message']) {
  test(`run-routed.mjs ${name}.py: argv, stdin, stdout, stderr and status as CPython`, () => {
    const c = cases[name];
    const golden = JSON.parse(readFileSync(path.join(here, 'golden', `${name}.json`), 'utf8'));
    const p = spawnSync(process.execPath, [runner, `programs/${name}.py`, ...(c.argv ?? [])], {
      cwd: here,
      input: c.stdin ?? '',
    });
    const err = p.stderr.toString().split('\n').filter((l) => l !== '');
    assert.equal(p.stdout.toString(), golden.stdout);
    assert.equal(err.at(-1) ?? '', golden.stderrLastLine);
    assert.equal(p.status, golden.status);
  });
}

test('run-routed.mjs rejects a missing entry with a usage message, not a trace', () => {
  const p = spawnSync(process.execPath, [runner], { cwd: here });
  assert.equal(p.status, 2);
  assert.match(p.stderr.toString(), /^run-routed: usage: run-routed\.mjs/);
});
