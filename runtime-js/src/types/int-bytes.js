// int.to_bytes and int.from_bytes: https://docs.python.org/3/library/stdtypes.html#int.to_bytes
// Two's complement for signed values, CPython's OverflowError/ValueError messages.

import { intSelf, strValueOf } from './value-subclass.js';
import { intType } from './type.js';
import { PyBytes, byteValue } from './bytes.js';
import { pyError } from '../internals/errors.js';
import { ClassMethod } from '../internals/attribute.js';
import { index } from '../internals/subscript.js';
import { truthy } from '../internals/protocols.js';
import { toArray } from '../internals/iteration.js';
import { lookup, typeOf } from './type.js';
import { call } from '../internals/call.js';
import { normBig } from '../internals/arith.js';
import { defineMethods } from '../internals/method-table.js';

function byteorderArg(order) {
  if (strValueOf(order) !== undefined) order = strValueOf(order);
  if (typeof order !== 'string') {
    throw pyError('TypeError', `to_bytes() argument 'byteorder' must be str, not ${typeOf(order).__name__}`);
  }
  if (order !== 'big' && order !== 'little') throw pyError('ValueError', "byteorder must be either 'little' or 'big'");
  return order;
}

function toBytes(self, length = 1, byteorder = 'big', signed = false) {
  const n = index(length);
  if (typeof n === 'bigint' || n > 2 ** 31) throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  if (n < 0) throw pyError('ValueError', 'length argument must be non-negative');
  const order = byteorderArg(byteorder);
  const isSigned = truthy(signed);
  let v = BigInt(typeof self === 'boolean' ? +self : self);
  if (v < 0n && !isSigned) throw pyError('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(8 * n);
  const fits = isSigned
    ? n > 0 && v >= -(1n << (bits - 1n)) && v < (1n << (bits - 1n))
    : v < (1n << bits);
  if (!fits && !(n === 0 && v === 0n)) throw pyError('OverflowError', 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[order === 'little' ? i : n - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
}

function fromBytes(cls, source, byteorder = 'big', signed = false) {
  const order = byteorderArg(byteorder);
  let data;
  if (source instanceof PyBytes) data = source.data;
  else {
    const conv = source !== null && source !== undefined ? lookup(typeOf(source), '__bytes__') : undefined;
    if (conv !== undefined) data = call(conv, source).data;
    else if (strValueOf(source) !== undefined || typeof source === 'number' || typeof source === 'bigint' ||
        typeof source === 'boolean' || source === undefined || source === null) {
      throw pyError('TypeError', `cannot convert '${typeOf(source).__name__}' object to bytes`);
    } else data = Uint8Array.from(toArray(source), (x) => byteValue(x));
  }
  let v = 0n;
  for (let i = 0; i < data.length; i++) {
    v = (v << 8n) | BigInt(data[order === 'little' ? data.length - 1 - i : i]);
  }
  if (truthy(signed) && data.length > 0 && v >= 1n << BigInt(8 * data.length - 1)) v -= 1n << BigInt(8 * data.length);
  const r = normBig(v);
  if (cls !== intType && cls !== undefined) return call(cls, r);
  return r;
}

/** A method taking `npos` positional parameters then keyword-only ones, by the names in `params`. */
function withKeywordOnly(name, params, npos, f) {
  const g = (...args) => {
    if (args.length - 1 > npos) {
      throw pyError('TypeError', `${name}() takes at most ${npos} positional arguments (${args.length - 1} given)`);
    }
    return f(...args);
  };
  g.$kw = (args, kw) => {
    if (args.length - 1 > npos) {
      throw pyError('TypeError', `${name}() takes at most ${npos} positional arguments (${args.length - 1} given)`);
    }
    const given = args.length - 1 + Object.keys(kw).length;
    if (given > params.length) throw pyError('TypeError', `${name}() takes at most ${params.length} arguments (${given} given)`);
    const out = args.slice();
    for (const k in kw) {
      const i = params.indexOf(k);
      if (i < 0) throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
      if (i + 1 < args.length) {
        throw pyError('TypeError', `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i + 1] = kw[k];
    }
    return f(...out);
  };
  return g;
}

defineMethods(intType, {
  to_bytes: withKeywordOnly('to_bytes', ['length', 'byteorder', 'signed'], 2,
    (self, ...args) => toBytes(intSelf(self, 'to_bytes'), ...args)),
  from_bytes: new ClassMethod(withKeywordOnly('from_bytes', ['bytes', 'byteorder', 'signed'], 2, fromBytes)),
});
