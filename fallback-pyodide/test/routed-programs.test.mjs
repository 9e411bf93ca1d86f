// Programs routed to Pyodide because they import C-backed stdlib modules the Taipan runtime
// does not provide, or use exec/eval/metaclasses, give CPython's exact stdout, last stderr line
// and exit status. One Pyodide instance runs them all (it takes 1-3 s to start).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startPyodide } from '../js/pyodide-host.mjs';
import { runProgram } from '../js/run-program.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(path.join(here, 'cases.json'), 'utf8'));
const capture = { out: [], err: [] };
const pyodide = await startPyodide({
  stdout: (b) => capture.out.push(Buffer.from(b)),
  stderr: (b) => capture.err.push(Buffer.from(b)),
});

for (const [name, c] of Object.entries(cases)) {
  if (c.stdin !== undefined) continue; // needs a real process: run-routed-cli.test.mjs
  test(`${name}.py runs in Pyodide as under CPython`, async () => {
    const golden = JSON.parse(readFileSync(path.join(here, 'golden', `${name}.json`), 'utf8'));
    capture.out = [];
    capture.err = [];
    const status = await runProgram(pyodide, {
      entry: path.join(here, 'programs', `${name}.py`),
      argv: c.argv ?? [],
      dirs: [here],
    });
    const stderr = Buffer.concat(capture.err).toString().split('\n').filter((l) => l !== '');
    assert.equal(Buffer.concat(capture.out).toString(), golden.stdout);
    assert.equal(stderr.at(-1) ?? '', golden.stderrLastLine);
    assert.equal(status, golden.status);
  });
}
