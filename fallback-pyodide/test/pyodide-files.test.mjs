// The committed sizes and sha384 integrity hashes match the pinned npm package's files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeCoreFiles } from '../scripts/write-pyodide-files.mjs';
import { PYODIDE_FILES, PYODIDE_VERSION } from '../js/pyodide-files.mjs';

test('js/pyodide-files.mjs matches node_modules/pyodide (regenerate: node scripts/write-pyodide-files.mjs)', () => {
  const dir = new URL('../node_modules/pyodide/', import.meta.url);
  assert.equal(JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')).version, PYODIDE_VERSION);
  assert.deepEqual(describeCoreFiles(dir), PYODIDE_FILES);
});
