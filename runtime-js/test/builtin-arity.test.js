// The argument checks of built-in functions and classes (internals/builtin-arity.js) against
// CPython: every builtin called with 0..20 positional arguments, alone and with unknown keywords
// (test/golden/builtin-arity.json, written with the table by scripts/generate_builtin_arity.py).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as table from '../src/internals/builtin-arity-table.js';
import { hasArity, checkKeywords } from '../src/internals/builtin-arity.js';

const cases = JSON.parse(readFileSync(new URL('./golden/builtin-arity.json', import.meta.url), 'utf8'));

function entryOf(name) {
  const entry = name.startsWith('math.') ? table.MATH[name.slice(5)] : table['$' + name];
  hasArity(() => {}, entry);
  return entry;
}

function raised(entry, n, names) {
  try {
    checkKeywords(entry, n, names);
    return null;
  } catch (e) {
    return e.$args !== undefined ? String(e.$args.items[0]) : e.message;
  }
}

test("each builtin refuses the calls CPython refuses before its body runs, with CPython's message", () => {
  const wrong = [];
  for (const [name, n, names, message] of cases) {
    const got = raised(entryOf(name), n, names);
    if (got !== message) wrong.push(`${name}(${n} args, ${names.join(', ')}): ${got} != ${message}`);
  }
  assert.deepEqual(wrong, []);
});
