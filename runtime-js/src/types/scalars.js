// Constructors and methods of int, float, bool, str and None as Python classes:
// https://docs.python.org/3/library/functions.html#int (and #float, #bool, #func-str).
// The values themselves are JS primitives (docs/runtime-model.md).

import { intType, floatType, boolType, strType, noneType, typeOf, lookup, NotImplemented } from './type.js';
import { PyFloat, makeFloat, isFloat, floatValue } from './float.js';
import { makeTuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { truthy, repr, str, strObject, strRepr, hash } from '../internals/protocols.js';
import * as strModule from './str.js';
import { formatWithSpec } from '../internals/format-spec.js';
import { toArray } from '../internals/iteration.js';
import { strFormat } from '../internals/str-format.js';
import { PyDict } from './dict.js';
import { getattr, PyProperty, StaticMethod, ClassMethod } from '../internals/attribute.js';
import { floatHex, floatFromHex } from '../internals/float-hex.js';
import { neg, pos, invert } from '../internals/arith.js';
import { abs as absBuiltin, round as roundBuiltin, intFromString } from './int.js';
import { getitem } from '../internals/subscript.js';
import { format as formatBuiltin, ascii as formatAscii } from '../builtins/reflection.js';
import { floatRepr, floatFromString } from '../internals/float-repr.js';
import { PyBytes, latin1, bytesRepr, bytesDecode } from './bytes.js';
import { plainValue, PyValueSub, strValueOf } from './value-subclass.js';
import './number-dunders.js';
import './str-dunders.js';
import { codecArgument } from './codec-argument.js';

/** Normalises a bigint to a JS number when it is in the safe range. */
export function normInt(b) {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** `int(x)` / `int(x, base)`. */
export function toInt(x, base) {
  if (x instanceof PyBytes) {
    // int(b'...') parses the ASCII text; other bytes (and non-ASCII spaces) are invalid.
    const b = base === undefined ? 10 : Number(base);
    if (!(b === 0 || (b >= 2 && b <= 36))) throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const text = latin1(x.data);
    const shown = bytesRepr(x);
    if (!/^[\x00-\x7f]*$/.test(text) || /^[\x1c-\x1f]|[\x1c-\x1f]$/.test(text)) {
      throw pyError('ValueError', `invalid literal for int() with base ${b}: ${shown}`);
    }
    return intFromString(text, b, shown);
  }
  if (base !== undefined) {
    if (strValueOf(x) !== undefined) x = strValueOf(x);
    if (typeof x !== 'string') throw pyError('TypeError', "int() can't convert non-string with explicit base");
    const b = Number(base);
    if (!(b === 0 || (b >= 2 && b <= 36))) throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    return intFromString(x, b);
  }
  switch (typeof x) {
    case 'number':
      if (Number.isInteger(x)) return x;
      return floatToInt(x);
    case 'bigint':
      return x;
    case 'boolean':
      return +x;
    case 'string':
      return intFromString(x, 10);
    case 'undefined':
      throw pyError('TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  }
  if (x instanceof PyFloat) return floatToInt(x.v);
  const t = typeOf(x);
  for (const m of ['__int__', '__index__', '__trunc__']) {
    const f = lookup(t, m);
    if (f !== undefined) {
      const r = call(f, x);
      if (typeof r === 'number' && Number.isInteger(r) || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return +r;
      throw pyError('TypeError', `${m} returned non-int (type ${typeOf(r).__name__})`);
    }
  }
  // A str subclass without those methods is parsed as its value, as CPython's PyUnicode_Check path.
  if (strValueOf(x) !== undefined) return intFromString(strValueOf(x), 10);
  throw pyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${t.__name__}'`);
}

/** Truncates a float to an int, as `int(3.7)` does. */
export function floatToInt(v) {
  if (Number.isNaN(v)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** `float(x)`. */
export function toFloat(x) {
  switch (typeof x) {
    case 'number':
      return makeFloat(x);
    case 'bigint': {
      const v = Number(x);
      if (!Number.isFinite(v)) throw pyError('OverflowError', 'int too large to convert to float');
      return makeFloat(v);
    }
    case 'boolean':
      return makeFloat(+x);
    case 'string':
      return floatFromString(x);
  }
  if (x instanceof PyFloat) return x;
  if (x instanceof PyBytes) {
    const text = latin1(x.data);
    if (!/^[\x00-\x7f]*$/.test(text) || /^[\x1c-\x1f]|[\x1c-\x1f]$/.test(text)) {
      throw pyError('ValueError', `could not convert string to float: ${bytesRepr(x)}`);
    }
    try {
      return toFloat(text);
    } catch (e) {
      throw pyError('ValueError', `could not convert string to float: ${bytesRepr(x)}`);
    }
  }
  const t = typeOf(x);
  for (const m of ['__float__', '__index__']) {
    const f = lookup(t, m);
    if (f !== undefined) {
      const r = call(f, x);
      if (m === '__index__') return toFloat(r);
      if (!isFloat(r)) throw pyError('TypeError', `${t.__name__}.__float__ returned non-float (type ${typeOf(r).__name__})`);
      return r;
    }
  }
  if (strValueOf(x) !== undefined) return toFloat(strValueOf(x));
  throw pyError('TypeError', `float() argument must be a string or a real number, not '${t.__name__}'`);
}

intType.$new = (args, kw) => {
  if (kw !== null && 'base' in kw) return toInt(args[0], kw.base);
  if (args.length === 0) return 0;
  if (args.length > 2) throw pyError('TypeError', `int() takes at most 2 arguments (${args.length} given)`);
  return toInt(args[0], args[1]);
};
floatType.$new = (args) => {
  if (args.length > 1) throw pyError('TypeError', `float expected at most 1 argument, got ${args.length}`);
  return args.length ? toFloat(args[0]) : new PyFloat(0);
};
boolType.$new = (args) => {
  if (args.length > 1) throw pyError('TypeError', `bool expected at most 1 argument, got ${args.length}`);
  return args.length ? truthy(args[0]) : false;
};
strType.$new = (args, kw) => {
  if (args.length > 3) throw pyError('TypeError', `str() takes at most 3 arguments (${args.length} given)`);
  let [object, encoding, errors] = args;
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k === 'object') object = kw[k];
      else if (k === 'encoding') encoding = kw[k];
      else if (k === 'errors') errors = kw[k];
      else throw pyError('TypeError', `'${k}' is an invalid keyword argument for str()`);
    }
  }
  // The codec arguments are checked before the object, as CPython's argument parser does.
  encoding = codecArgument('str', 'encoding', encoding);
  errors = codecArgument('str', 'errors', errors);
  if (encoding === undefined && errors === undefined) return object === undefined && args.length === 0 && (kw === null || !('object' in kw)) ? '' : strObject(object);
  // str(b, encoding, errors) decodes, as bytes.decode does.
  if (typeof object === 'string') throw pyError('TypeError', 'decoding str is not supported');
  if (!(object instanceof PyBytes)) {
    throw pyError('TypeError', `decoding to str: need a bytes-like object, ${typeOf(object).__name__} found`);
  }
  return bytesDecode(object, encoding === undefined ? 'utf-8' : encoding, errors === undefined ? 'strict' : errors);
};
noneType.$new = (args) => {
  if (args.length) throw pyError('TypeError', 'NoneType takes no arguments');
  return undefined;
};

/** The plain int of an int method's `self` (a bool as 0/1, a subclass instance's value). */
function intValue(self) {
  return typeof self === 'boolean' ? +self : plainValue(self);
}

/** The plain float of a float method's `self`. */
function floatSelfValue(self) {
  return floatValue(plainValue(self));
}

/** `format(x, spec)` for int and float: an empty spec is `str(x)`, which a subclass may override. */
function numberFormat(self, spec) {
  if (spec === '' && typeof self === 'object' && !(self instanceof PyFloat)) return str(self);
  return formatWithSpec(plainValue(self), spec);
}

function bitLength(self) {
  const v = intValue(self);
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

/** The unary special methods int and float share; each runs the operator's own number path. */
const NUMBER_UNARY = {
  __neg__: (self) => neg(plainValue(self)),
  __pos__: (self) => pos(plainValue(self)),
  __abs__: (self) => absBuiltin(plainValue(self)),
  __bool__: (self) => truthy(plainValue(self)),
  __round__: (self, ndigits) => roundBuiltin(plainValue(self), ndigits),
};

Object.assign(intType.$dict, {
  bit_length: bitLength,
  bit_count: (self) => {
    const v = BigInt(intValue(self));
    return Array.from((v < 0n ? -v : v).toString(2)).filter((c) => c === '1').length;
  },
  conjugate: (self) => intValue(self),
  as_integer_ratio: (self) => makeTuple([intValue(self), 1]),
  ...NUMBER_UNARY,
  __invert__: (self) => invert(intValue(self)),
  __floor__: (self) => intValue(self),
  __ceil__: (self) => intValue(self),
  __trunc__: (self) => intValue(self),
  __index__: (self) => intValue(self),
  __int__: (self) => intValue(self),
  __float__: (self) => toFloat(intValue(self)),
  __repr__: (self) => repr(intValue(self)),
  __hash__: (self) => hash(plainValue(self)),
  __format__: numberFormat,
  real: new PyProperty((self) => intValue(self)),
  imag: new PyProperty(() => 0),
  numerator: new PyProperty((self) => intValue(self)),
  denominator: new PyProperty(() => 1),
});

Object.assign(floatType.$dict, {
  is_integer: (self) => Number.isInteger(floatSelfValue(self)),
  as_integer_ratio(self) {
    const v = floatSelfValue(self);
    if (!Number.isFinite(v)) throw pyError(Number.isNaN(v) ? 'ValueError' : 'OverflowError', Number.isNaN(v) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
    let d = 1n;
    let x = v;
    while (!Number.isInteger(x)) {
      x *= 2;
      d *= 2n;
    }
    return makeTuple([normInt(BigInt(x)), normInt(d)]);
  },
  conjugate: (self) => plainValue(self),
  hex: (self) => floatHex(floatSelfValue(self)),
  ...NUMBER_UNARY,
  __floor__: (self) => floatToInt(Math.floor(floatSelfValue(self))),
  __ceil__: (self) => floatToInt(Math.ceil(floatSelfValue(self))),
  __trunc__: (self) => floatToInt(floatSelfValue(self)),
  fromhex: new ClassMethod(function fromhex(cls, s) {
    if (typeof s !== 'string') throw pyError('TypeError', `bad argument type for built-in operation`);
    return makeFloat(floatFromHex(s));
  }),
  real: new PyProperty((self) => plainValue(self)),
  imag: new PyProperty(() => new PyFloat(0)),
  __int__: (self) => floatToInt(floatSelfValue(self)),
  __float__: (self) => plainValue(self),
  __repr__: (self) => floatRepr(floatSelfValue(self)),
  __hash__: (self) => hash(plainValue(self)),
  __format__: numberFormat,
});

/** A str subclass instance among a str method's arguments as its plain value (CPython reads its data). */
function plainStrArgs(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a instanceof PyValueSub) {
      const v = strValueOf(a);
      if (v !== undefined) args[i] = v;
    }
  }
  return args;
}

/** `self` of a str method (a method descriptor, whose error CPython words unlike a slot wrapper's). */
function methodSelf(self, name) {
  const v = strValueOf(self);
  if (v === undefined) {
    throw pyError('TypeError', `descriptor '${name}' for 'str' objects doesn't apply to a '${typeOf(self).__name__}' object`);
  }
  return v;
}

/** `f`'s parameter names after the first (the receiver), read from its source. */
function parameterNames(f) {
  const m = /^[^(]*\(([^)]*)\)/.exec(f.toString());
  return m ? m[1].split(',').slice(1).map((p) => p.trim().replace(/\s*=.*$/, '')) : [];
}

/** The str methods that take keyword arguments in CPython 3.11 (Argument Clinic ones). */
const KEYWORD_METHODS = new Set(['split', 'rsplit', 'splitlines', 'expandtabs', 'encode']);
/** Methods whose "takes no keyword arguments" message has no `str.` prefix in CPython. */
const UNPREFIXED = new Set(['count', 'endswith', 'find', 'index', 'rfind', 'rindex', 'startswith']);

/**
 * A str method as Python sees it: `self` may be a str subclass instance (its value is used),
 * str arguments may be too (unless `keepArgs`), and keyword arguments are accepted, by the
 * names of the JS parameters, for the methods that take them in CPython.
 */
function withKeywords(name, f, keepArgs = false) {
  // The parameter names are read from the source on the first keyword call, not at load:
  // reading them for every str method cost start-up time that most programs never use.
  let params = null;
  const g = (self, ...args) => {
    if (typeof self !== 'string') self = methodSelf(self, name);
    return f(self, ...(keepArgs ? args : plainStrArgs(args)));
  };
  Object.defineProperty(g, 'name', { value: name });
  g.$kw = (args, kw) => {
    const out = args.slice();
    for (const k in kw) {
      if (!KEYWORD_METHODS.has(name)) {
        throw pyError('TypeError', `${UNPREFIXED.has(name) ? '' : 'str.'}${name}() takes no keyword arguments`);
      }
      params ??= parameterNames(f);
      const i = params.indexOf(k);
      if (i < 0) throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
      if (i + 1 < args.length) throw pyError('TypeError', `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i + 1] = kw[k];
    }
    return g(...out);
  };
  return g;
}

const strMethods = {};
for (const [k, f] of Object.entries(strModule)) {
  if (k.startsWith('strMethod_') && typeof f === 'function') {
    const name = k.slice('strMethod_'.length);
    strMethods[name] = withKeywords(name, f);
  }
}
strMethods.maketrans = new StaticMethod(function maketrans(x, y, z) {
  const src = y === undefined && x instanceof PyDict ? Array.from(x.entries()) : x;
  const entries = strModule.strMaketrans(src, y, z);
  const d = new PyDict();
  for (const [k, v] of entries) d.put(k, v);
  return d;
});
strMethods.translate = withKeywords('translate', (s, table) =>
  strModule.strMethod_translate(s, table, (t, k) => {
    try {
      return getitem(t, k);
    } catch (e) {
      if (e && e.$cls && (e.$cls.__name__ === 'LookupError' || e.$cls.$mro.some((c) => c.__name__ === 'LookupError'))) {
        return strModule.MISSING;
      }
      throw e;
    }
  }));
const formatHooks = {
  format: (v, spec) => formatBuiltin(v, spec),
  getattr: (o, n) => getattr(o, n),
  getitem: (o, k) => getitem(o, k),
  str: (x) => str(x),
  repr: (x) => repr(x),
  ascii: (x) => formatAscii(x),
};

function strFormatMethod(s, ...args) {
  return strFormat(s, args, null, formatHooks);
}
strFormatMethod.$kw = (args, kw) => strFormat(methodSelf(args[0], 'format'), args.slice(1), kw, formatHooks);

Object.assign(strType.$dict, strMethods, {
  // The arguments of format() and format_map() are formatted by their own __format__.
  format: Object.assign(withKeywords('format', strFormatMethod, true), { $kw: strFormatMethod.$kw }),
  format_map: withKeywords('format_map', (s, m) => strFormat(s, [], new Proxy({}, {
    has: () => true,
    get: (_, k) => getitem(m, k),
    getOwnPropertyDescriptor: (_, k) => ({ value: getitem(m, k), enumerable: true, configurable: true }),
  }), formatHooks), true),
  join: withKeywords('join', (s, it) => strModule.strMethod_join(s, plainStrArgs(toArray(it))), true),
});

Object.assign(boolType.$dict, {
  __repr__: (self) => (self ? 'True' : 'False'),
});
Object.assign(noneType.$dict, {
  __repr__: () => 'None',
  __bool__: () => false,
});

export { makeFloat, isFloat };
