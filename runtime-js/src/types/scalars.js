// Constructors and methods of int, float, bool, str and None as Python classes:
// https://docs.python.org/3/library/functions.html#int (and #float, #bool, #func-str).
// The values themselves are JS primitives (docs/runtime-model.md).

import { intType, floatType, boolType, strType, noneType, dictType, typeOf, lookup, NotImplemented } from './type.js';
import { PyFloat, makeFloat, isFloat, floatValue } from './float.js';
import { makeTuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { truthy, repr, str, strObject, strRepr, hash } from '../internals/protocols.js';
import { strMethod_isspace, strMethod_isdecimal, strMethod_isdigit, strMethod_isnumeric, strMethod_isalpha, strMethod_isalnum, strMethod_isascii, strMethod_isprintable, strMethod_isidentifier, strMethod_isupper, strMethod_islower, strMethod_istitle, strMethod_upper, strMethod_lower, strMethod_casefold, strMethod_title, strMethod_capitalize, strMethod_swapcase, strMethod_find, strMethod_rfind, strMethod_index, strMethod_rindex, strMethod_count, strMethod_startswith, strMethod_endswith, strMethod_split, strMethod_rsplit, strMethod_splitlines, strMethod_join, strMethod_partition, strMethod_rpartition, strMethod_strip, strMethod_lstrip, strMethod_rstrip, strMethod_replace, strMethod_removeprefix, strMethod_removesuffix, strMethod_center, strMethod_ljust, strMethod_rjust, strMethod_zfill, strMethod_expandtabs, strMethod_translate, strMethod_encode, strMaketrans, MISSING } from './str.js';
import { defineMethods } from '../internals/method-table.js';
import { formatWithSpec } from '../internals/format-spec.js';
import { toArray } from '../internals/iteration.js';
import { strFormat } from '../internals/str-format.js';
import { PyDict } from './dict.js';
import { getattr, PyProperty, StaticMethod, ClassMethod } from '../internals/attribute.js';
import { floatHex, floatFromHex } from '../internals/float-hex.js';
import { neg, pos, invert } from '../internals/arith.js';
import { abs as absBuiltin, round as roundBuiltin, intFromString } from './int.js';
import { getitem, index } from '../internals/subscript.js';
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

/** The base argument of `int(x, base)`: an index in 0 or 2..36 (huge values clip out of range). */
function intBase(base) {
  const n = Number(index(base));
  if (!(n === 0 || (n >= 2 && n <= 36))) throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  return n;
}

/** int(b'...') parses the ASCII text; other bytes (and non-ASCII spaces) are invalid. */
function bytesToInt(x, b) {
  const text = latin1(x.data);
  const shown = bytesRepr(x);
  if (!/^[\x00-\x7f]*$/.test(text) || /^[\x1c-\x1f]|[\x1c-\x1f]$/.test(text)) {
    throw pyError('ValueError', `invalid literal for int() with base ${b}: ${shown}`);
  }
  return intFromString(text, b, shown);
}

/** `int(x, base)`; `hasX` tells `int(None, base=2)` from `int(base=2)`. */
function toIntWithBase(hasX, x, base) {
  if (!hasX) throw pyError('TypeError', 'int() missing string argument');
  // CPython converts and range-checks the base before it looks at the value.
  const b = intBase(base);
  if (x instanceof PyBytes) return bytesToInt(x, b);
  if (strValueOf(x) !== undefined) x = strValueOf(x);
  if (typeof x !== 'string') throw pyError('TypeError', "int() can't convert non-string with explicit base");
  return intFromString(x, b);
}

/** `int(x)`. */
export function toInt(x) {
  if (x instanceof PyBytes) return bytesToInt(x, 10);
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
  const byName = kw !== null && 'base' in kw;
  const n = args.length + (byName ? 1 : 0);
  if (n > 2) throw pyError('TypeError', `int() takes at most 2 arguments (${n} given)`);
  if (n === 0) return 0;
  // None is undefined here, so an explicit base is told by the argument count.
  if (byName || args.length === 2) return toIntWithBase(args.length > 0, args[0], byName ? kw.base : args[1]);
  return toInt(args[0]);
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
  __round__: (self, ndigits) => roundBuiltin(plainValue(self), ndigits === undefined ? undefined : index(ndigits)),
};

defineMethods(intType, {
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

defineMethods(floatType, {
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

// How a str method treats keyword arguments (withKeywords' `keywords`), given where the method is
// defined rather than as sets of names: a name spelled in the runtime keeps its method in an
// optimised build (internals/method-table.js).
/** No keyword arguments, "str.name() takes no keyword arguments". */
const NO_KEYWORDS = 0;
/** Keyword arguments, as CPython 3.11's Argument Clinic methods (split, rsplit, splitlines, expandtabs, encode). */
const TAKES_KEYWORDS = 1;
/** No keyword arguments, and the message has no `str.` prefix (count, endswith, find, index, ...). */
const UNPREFIXED = 2;

/**
 * A str method as Python sees it: `self` may be a str subclass instance (its value is used),
 * str arguments may be too (unless `keepArgs`), and keyword arguments are accepted, by the
 * names of the JS parameters, for the methods that take them in CPython.
 */
function withKeywords(name, f, keepArgs = false, keywords = NO_KEYWORDS) {
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
      if (keywords !== TAKES_KEYWORDS) {
        throw pyError('TypeError', `${keywords === UNPREFIXED ? '' : 'str.'}${name}() takes no keyword arguments`);
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

// The str methods after the dunders (str-dunders.js), in alphabetical order, then maketrans and
// the two format methods.
defineMethods(strType, {
  capitalize: withKeywords('capitalize', strMethod_capitalize),
  casefold: withKeywords('casefold', strMethod_casefold),
  center: withKeywords('center', strMethod_center),
  count: withKeywords('count', strMethod_count, false, UNPREFIXED),
  encode: withKeywords('encode', strMethod_encode, false, TAKES_KEYWORDS),
  endswith: withKeywords('endswith', strMethod_endswith, false, UNPREFIXED),
  expandtabs: withKeywords('expandtabs', strMethod_expandtabs, false, TAKES_KEYWORDS),
  find: withKeywords('find', strMethod_find, false, UNPREFIXED),
  index: withKeywords('index', strMethod_index, false, UNPREFIXED),
  isalnum: withKeywords('isalnum', strMethod_isalnum),
  isalpha: withKeywords('isalpha', strMethod_isalpha),
  isascii: withKeywords('isascii', strMethod_isascii),
  isdecimal: withKeywords('isdecimal', strMethod_isdecimal),
  isdigit: withKeywords('isdigit', strMethod_isdigit),
  isidentifier: withKeywords('isidentifier', strMethod_isidentifier),
  islower: withKeywords('islower', strMethod_islower),
  isnumeric: withKeywords('isnumeric', strMethod_isnumeric),
  isprintable: withKeywords('isprintable', strMethod_isprintable),
  isspace: withKeywords('isspace', strMethod_isspace),
  istitle: withKeywords('istitle', strMethod_istitle),
  isupper: withKeywords('isupper', strMethod_isupper),
  join: withKeywords('join', (s, it) => strMethod_join(s, plainStrArgs(toArray(it))), true),
  ljust: withKeywords('ljust', strMethod_ljust),
  lower: withKeywords('lower', strMethod_lower),
  lstrip: withKeywords('lstrip', strMethod_lstrip),
  partition: withKeywords('partition', strMethod_partition),
  removeprefix: withKeywords('removeprefix', strMethod_removeprefix),
  removesuffix: withKeywords('removesuffix', strMethod_removesuffix),
  replace: withKeywords('replace', strMethod_replace),
  rfind: withKeywords('rfind', strMethod_rfind, false, UNPREFIXED),
  rindex: withKeywords('rindex', strMethod_rindex, false, UNPREFIXED),
  rjust: withKeywords('rjust', strMethod_rjust),
  rpartition: withKeywords('rpartition', strMethod_rpartition),
  rsplit: withKeywords('rsplit', strMethod_rsplit, false, TAKES_KEYWORDS),
  rstrip: withKeywords('rstrip', strMethod_rstrip),
  split: withKeywords('split', strMethod_split, false, TAKES_KEYWORDS),
  splitlines: withKeywords('splitlines', strMethod_splitlines, false, TAKES_KEYWORDS),
  startswith: withKeywords('startswith', strMethod_startswith, false, UNPREFIXED),
  strip: withKeywords('strip', strMethod_strip),
  swapcase: withKeywords('swapcase', strMethod_swapcase),
  title: withKeywords('title', strMethod_title),
  translate: withKeywords('translate', (s, table) =>
    strMethod_translate(s, table, (t, k) => {
      try {
        return getitem(t, k);
      } catch (e) {
        if (e && e.$cls && (e.$cls.__name__ === 'LookupError' || e.$cls.$mro.some((c) => c.__name__ === 'LookupError'))) {
          return MISSING;
        }
        throw e;
      }
    })),
  upper: withKeywords('upper', strMethod_upper),
  zfill: withKeywords('zfill', strMethod_zfill),
  maketrans: new StaticMethod(function maketrans(x, y, z) {
    // None is `undefined`: the argument count tells a lone dict from an explicit second argument.
    if (arguments.length < 2 && !(x instanceof PyDict && x.$cls === dictType)) {
      throw pyError('TypeError', 'if you give only one argument to maketrans it must be a dict');
    }
    const src = y === undefined && x instanceof PyDict ? Array.from(x.entries()) : x;
    const entries = strMaketrans(src, y, z);
    const d = new PyDict();
    for (const [k, v] of entries) d.put(k, v);
    return d;
  }),
  // The arguments of format() and format_map() are formatted by their own __format__.
  format: Object.assign(withKeywords('format', strFormatMethod, true), {
    $kw: (args, kw) => strFormat(methodSelf(args[0], 'format'), args.slice(1), kw, formatHooks),
  }),
  format_map: withKeywords('format_map', (s, m) => strFormat(s, null, new Proxy({}, {
    has: () => true,
    get: (_, k) => getitem(m, k),
    getOwnPropertyDescriptor: (_, k) => ({ value: getitem(m, k), enumerable: true, configurable: true }),
  }), formatHooks), true),
});

Object.assign(boolType.$dict, {
  __repr__: (self) => (self ? 'True' : 'False'),
});
Object.assign(noneType.$dict, {
  __repr__: () => 'None',
  __bool__: () => false,
});

export { makeFloat, isFloat };
