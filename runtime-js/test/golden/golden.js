// Runs golden tables written by generate.py: each case names an operation, its arguments
// and CPython's result or exception; values are decoded to the runtime representation.

import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyFloat } from '../../src/types/float.js';
import { Tuple, makeTuple } from '../../src/types/tuple.js';
import { PyBytes } from '../../src/types/bytes.js';
import { floatRepr } from '../../src/internals/float-repr.js';
import { strRepr } from '../../src/types/str.js';
import { setTypeNameHook } from '../../src/internals/arith.js';

setTypeNameHook((x) => (x instanceof Map ? 'dict' : x instanceof Obj ? 'Obj' : 'object'));

/** A Python object with attributes, for '{0.x}' fields. */
export class Obj {
  constructor(attrs) { Object.assign(this, attrs); }
}

function decodeFloat(r) {
  const v = r === 'inf' ? Infinity : r === '-inf' ? -Infinity : r === 'nan' ? NaN : Number(r);
  return Number.isInteger(v) || Object.is(v, -0) ? new PyFloat(v) : v;
}

/** JSON golden value -> runtime value. */
export function decode(v) {
  if (v === null) return undefined;
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decode);
  if ('int' in v) {
    const b = BigInt(v.int);
    return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  if ('float' in v) return decodeFloat(v.float);
  if ('tuple' in v) return makeTuple(v.tuple.map(decode));
  if ('bytes' in v) return new PyBytes(Uint8Array.from(Buffer.from(v.bytes, 'hex')));
  if ('dict' in v) return new Map(v.dict.map(([k, x]) => [decode(k), decode(x)]));
  if ('obj' in v) return new Obj(Object.fromEntries(Object.entries(v.obj).map(([k, x]) => [k, decode(x)])));
  // Keyword arguments: a plain object of encoded values.
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
}

/** Runtime value -> JSON golden value. */
export function encode(v) {
  if (v === undefined || v === null) return null;
  switch (typeof v) {
    case 'boolean': case 'string': return v;
    case 'bigint': return { int: v.toString() };
    case 'number': return Number.isInteger(v) ? { int: String(v) } : { float: floatRepr(v) };
    default:
      if (v instanceof PyFloat) return { float: floatRepr(v.v) };
      if (v instanceof Tuple) return { tuple: v.items.map(encode) };
      if (Array.isArray(v)) return v.map(encode);
      if (v instanceof PyBytes) return { bytes: Buffer.from(v.data).toString('hex') };
      throw new Error('cannot encode ' + v);
  }
}

/** repr() of the values the golden tables use (the full builtin lives with the object model). */
export function pyRepr(v) {
  if (v === undefined || v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return strRepr(v);
    case 'bigint': return v.toString();
    case 'number': return Number.isInteger(v) ? String(v) : floatRepr(v);
    default:
      if (v instanceof PyFloat) return floatRepr(v.v);
      if (v instanceof Tuple) return '(' + v.items.map(pyRepr).join(', ') + (v.items.length === 1 ? ',)' : ')');
      if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
      if (v instanceof Map) return '{' + [...v].map(([k, x]) => pyRepr(k) + ': ' + pyRepr(x)).join(', ') + '}';
      throw new Error('no repr for ' + v);
  }
}

/** str() of the golden values. */
export function pyStr(v) {
  return typeof v === 'string' ? v : pyRepr(v);
}

/**
 * Loads table `name` and asserts each case through `ops[op](...args)`; float results of
 * `approx` ops (a set of op names, or a predicate on cases) may differ by 1 ulp, and cases
 * rejected by `filter` are left out.
 */
export function runGolden(name, ops, { approx = new Set(), skip = new Set(), filter = () => true } = {}) {
  const isApprox = typeof approx === 'function' ? approx : (c) => approx.has(c.op);
  const table = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
  const byOp = new Map();
  for (const c of table) {
    if (!filter(c)) continue;
    if (!byOp.has(c.op)) byOp.set(c.op, []);
    byOp.get(c.op).push(c);
  }
  for (const [op, cases] of byOp) {
    if (skip.has(op)) continue;
    test(`${name}: ${op} matches CPython (${cases.length} cases)`, () => {
      const fn = ops[op];
      assert.ok(fn, `no runtime operation for ${op}`);
      const failures = [];
      for (const c of cases) {
        let actual;
        try {
          actual = encode(fn(...c.args.map(decode)));
        } catch (e) {
          if (e.pyTypeName === undefined) actual = { crash: String(e && e.stack).split('\n').slice(0, 2).join(' ') };
          else actual = { error: e.pyTypeName, message: e.message };
        }
        if (!same(actual, c.result, isApprox(c))) {
          failures.push(`${op}(${c.args.map((a) => JSON.stringify(a)).join(', ')}): expected ${JSON.stringify(c.result)}, got ${JSON.stringify(actual)}`);
        }
      }
      assert.equal(failures.length, 0, `${failures.length}/${cases.length} mismatches:\n` + failures.slice(0, 25).join('\n'));
    });
  }
}

function ulpClose(a, b) {
  const x = decodeFloatText(a), y = decodeFloatText(b);
  if (Number.isNaN(x) && Number.isNaN(y)) return true;
  if (x === y) return true;
  const f = new Float64Array([x, y]);
  const i = new BigInt64Array(f.buffer);
  return Math.sign(x) === Math.sign(y) && (i[0] - i[1] <= 1n && i[1] - i[0] <= 1n);
}

function decodeFloatText(r) {
  return r === 'inf' ? Infinity : r === '-inf' ? -Infinity : r === 'nan' ? NaN : Number(r);
}

function same(actual, expected, approx) {
  if (approx && actual && expected && typeof actual === 'object' && typeof expected === 'object'
      && 'float' in actual && 'float' in expected) {
    return ulpClose(actual.float, expected.float);
  }
  if (approx && Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((x, i) => same(x, expected[i], true));
  }
  if (approx && actual && expected && actual.tuple && expected.tuple) return same(actual.tuple, expected.tuple, true);
  try {
    assert.deepStrictEqual(actual, expected);
    return true;
  } catch {
    return false;
  }
}
