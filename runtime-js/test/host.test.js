// The runtime must load in a browser: no runtime file may import a Node built-in statically
// (internals/host.js reaches Node through process.getBuiltinModule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') ? [p] : [];
  });
}

test('no runtime file imports a node: module statically', () => {
  const src = new URL('../src/', import.meta.url).pathname;
  const offenders = files(src).filter((f) => /^\s*import[^;]*from\s*['"]node:/m.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
