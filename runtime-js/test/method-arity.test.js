import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '../src/internals/startup.js';
import { METHOD_ARITY } from '../src/internals/method-arity-table.js';
import { arityMessage } from '../src/internals/method-arity.js';
import { callMethod } from '../src/internals/attribute.js';
import { makeTuple } from '../src/types/tuple.js';
import { PyDict } from '../src/types/dict.js';
import { PySet } from '../src/types/set.js';
import { bytesFromLatin1 } from '../src/types/bytes.js';
import { PyFloat } from '../src/types/float.js';
import { typeOf } from '../src/types/type.js';
import { str as pyStr } from '../src/internals/protocols.js';

// test/golden/method-arity.json: every argument-count message CPython gave for 0..6 positional
// arguments (scripts/generate_method_arity.py wrote it and the table from the same run).
const golden = JSON.parse(readFileSync(new URL('./golden/method-arity.json', import.meta.url), 'utf8'));

function table(tname) {
  return new Map(METHOD_ARITY[tname].split(' ').map((e) => e.split(':')));
}

test('the messages rendered from the table are CPython\'s', () => {
  let checked = 0;
  for (const [tname, methods] of Object.entries(golden)) {
    const codes = table(tname);
    for (const [name, byCount] of Object.entries(methods)) {
      const code = codes.get(name);
      for (const [n, message] of Object.entries(byCount)) {
        assert.equal(arityMessage(code[0], tname, name, Number(code[1]), Number(code[2]), Number(n)), message, `${tname}.${name} with ${n}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 500, `${checked} messages`);
});

const SAMPLES = {
  str: () => 'ab', bytes: () => bytesFromLatin1('ab'), list: () => [1], tuple: () => makeTuple([1]),
  dict: () => { const d = new PyDict(); return d; }, set: () => new PySet(), frozenset: null, int: () => 5,
  float: () => new PyFloat(1.5), range: null,
};

test('a wrong count raises CPython\'s TypeError through the method call path', () => {
  let checked = 0;
  for (const [tname, methods] of Object.entries(golden)) {
    const sample = SAMPLES[tname];
    if (!sample) continue;
    for (const [name, byCount] of Object.entries(methods)) {
      for (const [n, message] of Object.entries(byCount)) {
        assert.throws(() => callMethod(sample(), name, ...Array(Number(n)).fill(0)),
          (e) => typeOf(e).__name__ === 'TypeError' && pyStr(e) === message, `${tname}.${name} with ${n}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 400, `${checked} calls`);
});

test('a valid count reaches the method with the arguments as given', () => {
  assert.equal(callMethod('ab', 'center', 6), '  ab  ');
  assert.equal(callMethod('ab', 'center', 5, '*'), '**ab*');
  assert.deepEqual(callMethod('a,b', 'split', ','), ['a', 'b']);
  const l = [3, 1];
  callMethod(l, 'append', 2);
  assert.deepEqual(l, [3, 1, 2]);
  assert.equal(callMethod(l, 'pop'), 2);
});
