// Python complex: https://docs.python.org/3/library/stdtypes.html#numeric-types-int-float-complex
// A complex is a frozen pair of JS doubles. Arithmetic follows CPython's Objects/complexobject.c
// (_Py_c_prod, Smith's division in _Py_c_quot, c_powi for small integral exponents, _Py_c_pow),
// so results agree to the bit; reprs use float's shortest repr without the ".0".

import { complexType, typeOf, lookup, NotImplemented } from './type.js';
import { hasArity } from '../internals/builtin-arity.js';
import { $complex } from '../internals/builtin-arity-table.js';
import { PyFloat, makeFloat } from './float.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { PyProperty, StaticMethod } from '../internals/attribute.js';
import { floatRepr, asciiNumberText } from '../internals/float-repr.js';
import { hashFloat } from '../internals/hash.js';
import { formatWithSpec, parseFormatSpec } from '../internals/format-spec.js';
import { strLen } from './str.js';
import { floatValueOf, intValueOf, strValueOf, complexValueOf, newValueSub } from './value-subclass.js';
import { setComplexPower } from '../internals/float-pow.js';
import { glibcHypot } from '../internals/glibc-hypot.js';
import { exactPow, exactAtan2, exactLog, exactCos, exactSin } from '../internals/exact-libm.js';
import { glibcExp } from '../internals/glibc-exp.js';

export class PyComplex {
  /** @param {number} re @param {number} im */
  constructor(re, im) {
    this.re = re;
    this.im = im;
  }
}
PyComplex.prototype.$cls = complexType;

function toDoubleChecked(i) {
  if (typeof i === 'bigint') {
    const d = Number(i);
    if (!Number.isFinite(d)) throw pyError('OverflowError', 'int too large to convert to float');
    return d;
  }
  return +i;
}

/** A number operand of complex arithmetic as a PyComplex; `undefined` for anything else. */
function asComplex(x) {
  if (x instanceof PyComplex) return x;
  const z = complexValueOf(x);
  if (z !== undefined) return z;
  const f = floatValueOf(x);
  if (f !== undefined) return new PyComplex(f instanceof PyFloat ? f.v : f, 0);
  const i = intValueOf(x);
  if (i !== undefined) return new PyComplex(toDoubleChecked(i), 0);
  return undefined;
}

function prod(a, b) {
  return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

/** _Py_c_quot; `null` for division by zero (CPython's EDOM). */
function quot(a, b) {
  const absBr = Math.abs(b.re);
  const absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return new PyComplex(NaN, NaN);
}

function powu(x, n) {
  let r = new PyComplex(1, 0);
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, p);
    mask *= 2;
    p = prod(p, p);
  }
  return r;
}

function cpow(a, b) {
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    if (n > 0) return powu(a, n);
    return quot(new PyComplex(1, 0), powu(a, -n));
  }
  if (b.re === 0 && b.im === 0) return new PyComplex(1, 0);
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return null;
    return new PyComplex(0, 0);
  }
  // _Py_c_pow through the C library's functions: glibc's hypot and the correctly rounded rest.
  const vabs = glibcHypot(a.re, a.im);
  let len = exactPow(vabs, b.re) ?? Math.pow(vabs, b.re);
  const at = exactAtan2(a.im, a.re) ?? Math.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    const t = at * b.im;
    len /= glibcExp(t);
    phase += b.im * (exactLog(vabs) ?? Math.log(vabs));
  }
  return new PyComplex(len * (exactCos(phase) ?? Math.cos(phase)), len * (exactSin(phase) ?? Math.sin(phase)));
}

setComplexPower((x, y) => power(new PyComplex(x, 0), new PyComplex(y, 0), undefined));

function power(a, b, mod) {
  if (mod !== undefined) throw pyError('ValueError', 'complex modulo');
  const r = cpow(a, b);
  if (r === null) throw pyError('ZeroDivisionError', '0.0 to a negative or complex power');
  if (!Number.isFinite(r.re) && !Number.isNaN(r.re) || !Number.isFinite(r.im) && !Number.isNaN(r.im)) {
    throw pyError('OverflowError', 'complex exponentiation');
  }
  return r;
}

function divide(a, b) {
  const r = quot(a, b);
  if (r === null) throw pyError('ZeroDivisionError', 'complex division by zero');
  return r;
}

const OPS = {
  add: (a, b) => new PyComplex(a.re + b.re, a.im + b.im),
  sub: (a, b) => new PyComplex(a.re - b.re, a.im - b.im),
  mul: prod,
  truediv: divide,
};

function self(x, name) {
  if (x instanceof PyComplex) return x;
  const z = complexValueOf(x);
  if (z !== undefined) return z;
  throw pyError('TypeError', `descriptor '${name}' requires a 'complex' object but received a '${typeOf(x).__name__}'`);
}

/** float's repr without the ".0" CPython's complex repr leaves off ('r' format, no flags). */
function partRepr(x) {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

function isNegative(x) {
  return x < 0 || Object.is(x, -0);
}

export function complexRepr(c) {
  if (c.re === 0 && !Object.is(c.re, -0)) return partRepr(c.im) + 'j';
  const im = partRepr(c.im);
  const sign = isNegative(c.im) || im.startsWith('-') ? '' : '+';
  return '(' + partRepr(c.re) + sign + im + 'j)';
}

/** hash(complex): hash(re) + 1000003 * hash(im), wrapped to a signed 64-bit value as CPython's Py_uhash_t. */
function complexHash(c) {
  const hr = BigInt(hashFloat(c.re));
  const hi = BigInt(hashFloat(c.im));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** `format(c, spec)`, as CPython's format_complex_internal. */
function complexFormat(c, spec) {
  if (spec === '') return complexRepr(c);
  const f = parseFormatSpec(spec, 'complex', '>');
  if (f.fill === '0') {
    throw pyError('ValueError', 'Zero padding is not allowed in complex format specifier');
  }
  if (f.align === '=') throw pyError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(type)) {
    throw pyError('ValueError', `Unknown format code '${type}' for object of type 'complex'`);
  }
  let skipRe = false;
  let parens = false;
  if (type === '') {
    if (c.re === 0 && !Object.is(c.re, -0)) skipRe = true;
    else parens = true;
  }
  const part = (x, sign) => {
    if (type === '' && f.precision < 0) {
      let s = partRepr(f.z && x === 0 ? 0 : x);
      // '#' keeps a decimal point ('r' with Py_DTSF_ALT): 1j -> '1.j', 1e+16 -> '1.e+16'.
      if (f.alternate && /^-?\d+(e[+-]\d+)?$/.test(s)) s = s.replace(/^(-?\d+)/, '$1.');
      return s.startsWith('-') || sign === '' ? s : sign + s;
    }
    const t = type === '' ? 'g' : type === 'n' ? 'g' : type;
    return formatWithSpec(makeFloat(x),
      sign + (f.z ? 'z' : '') + (f.alternate ? '#' : '') + f.grouping + (f.precision >= 0 ? '.' + f.precision : '') + t);
  };
  const re = skipRe ? '' : part(c.re, f.sign === '-' ? '' : f.sign);
  const im = part(c.im, skipRe ? (f.sign === '-' ? '' : f.sign) : '+');
  const body = (parens ? '(' : '') + re + im + 'j' + (parens ? ')' : '');
  const width = f.width;
  const n = strLen(body);
  if (width <= n) return body;
  const fill = f.fill.repeat(width - n);
  switch (f.align === '' ? '>' : f.align) {
    case '<': return body + fill;
    case '^': {
      const left = Math.floor((width - n) / 2);
      return f.fill.repeat(left) + body + f.fill.repeat(width - n - left);
    }
    default: return fill + body;
  }
}

const NUM = String.raw`(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${NUM})$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?${NUM})?[jJ]$`, 'i');
const SIGN_ONLY = /^([+-]?)[jJ]$/;
const BOTH = new RegExp(`^([+-]?${NUM})([+-])(${NUM})?[jJ]$`, 'i');

function parseNumber(s) {
  return Number(s.replace(/_/g, '').replace(/inf(inity)?/i, 'Infinity').replace(/^([+-]?)nan$/i, 'NaN'));
}

/** complex(s) for a str, with CPython's syntax (optional parentheses, no inner spaces). */
function complexFromString(text) {
  // CPython maps Unicode whitespace and decimal digits to ASCII first, then strips spaces
  // outside and inside the parentheses.
  let s = asciiNumberText(text);
  if (s.startsWith('(') && s.endsWith(')')) s = asciiNumberText(s.slice(1, -1));
  let m;
  if ((m = REAL_ONLY.exec(s)) !== null) return new PyComplex(parseNumber(m[1]), 0);
  if ((m = SIGN_ONLY.exec(s)) !== null) return new PyComplex(0, m[1] === '-' ? -1 : 1);
  if ((m = IMAG_ONLY.exec(s)) !== null) return new PyComplex(0, parseNumber(m[1]));
  if ((m = BOTH.exec(s)) !== null) {
    const y = m[3] === undefined ? 1 : parseNumber(m[3]);
    return new PyComplex(parseNumber(m[1]), m[2] === '-' ? -y : y);
  }
  throw pyError('ValueError', 'complex() arg is a malformed string');
}

/** A number argument of complex(): __complex__, then float's conversions. */
function complexArg(x, which) {
  if (x instanceof PyComplex) return x;
  const c = asComplex(x);
  if (c !== undefined) return c;
  const t = typeOf(x);
  if (x !== undefined && x !== null && typeof x === 'object') {
    const cf = lookup(t, '__complex__');
    if (cf !== undefined) {
      const r = call(cf, x);
      const z = r instanceof PyComplex ? r : complexValueOf(r);
      if (z === undefined) throw pyError('TypeError', `__complex__ returned non-complex (type ${typeOf(r).__name__})`);
      return z;
    }
    for (const m of ['__float__', '__index__']) {
      const f = lookup(t, m);
      if (f !== undefined) {
        const r = call(f, x);
        const v = asComplex(r);
        if (v === undefined || v.im !== 0) throw pyError('TypeError', `${t.__name__}.${m} returned non-float (type ${typeOf(r).__name__})`);
        return v;
      }
    }
  }
  throw pyError('TypeError', which === 0
    ? `complex() first argument must be a string or a number, not '${t.__name__}'`
    : `complex() second argument must be a number, not '${t.__name__}'`);
}

/** Whether complex() takes `x` as a complex (CPython's cr_is_complex / ci_is_complex). */
function isComplexArg(x) {
  return x instanceof PyComplex || (x !== null && typeof x === 'object' && lookup(typeOf(x), '__complex__') !== undefined);
}

/** `complex(real=0, imag=0)`. */
export function makeComplex(args, kw) {
  let [real, imag] = args;
  if (args.length > 2) throw pyError('TypeError', `complex() takes at most 2 arguments (${args.length} given)`);
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k === 'real' && args.length < 1) real = kw[k];
      else if (k === 'imag' && args.length < 2) imag = kw[k];
      else if (k === 'real' || k === 'imag') {
        throw pyError('TypeError', `argument for complex() given by name ('${k}') and position (${k === 'real' ? 1 : 2})`);
      } else throw pyError('TypeError', `complex() got an unexpected keyword argument '${k}'`);
    }
  }
  if (real === undefined && imag === undefined && args.length === 0) return new PyComplex(0, 0);
  if (strValueOf(real) !== undefined) real = strValueOf(real);
  if (strValueOf(imag) !== undefined) imag = strValueOf(imag);
  if (typeof real === 'string') {
    if (imag !== undefined || args.length > 1) throw pyError('TypeError', "complex() can't take second arg if first is a string");
    return complexFromString(real);
  }
  if (typeof imag === 'string') throw pyError('TypeError', "complex() second arg can't be a string");
  const r = real === undefined && args.length === 0 ? new PyComplex(0, 0) : complexArg(real, 0);
  if (imag === undefined && (args.length < 2 && (kw === null || !('imag' in kw)))) return r;
  const i = complexArg(imag, 1);
  // complex(a, b) is a + b*1j; only a complex part adds its cross term (complex(-0.0, -0.0) keeps both signs).
  const re = isComplexArg(imag) ? r.re - i.im : r.re;
  const im = isComplexArg(real) ? r.im + i.re : i.re;
  return new PyComplex(re, im);
}

complexType.$new = makeComplex;

const methods = {
  __repr__: (x) => complexRepr(self(x, '__repr__')),
  __hash__: (x) => complexHash(self(x, '__hash__')),
  __bool__: (x) => {
    const c = self(x, '__bool__');
    return c.re !== 0 || c.im !== 0;
  },
  __neg__: (x) => {
    const c = self(x, '__neg__');
    return new PyComplex(-c.re, -c.im);
  },
  __pos__: (x) => {
    const c = self(x, '__pos__');
    return new PyComplex(c.re, c.im);
  },
  __abs__: (x) => {
    const c = self(x, '__abs__');
    const r = glibcHypot(c.re, c.im);
    if (r === Infinity && Number.isFinite(c.re) && Number.isFinite(c.im)) throw pyError('OverflowError', 'absolute value too large');
    return makeFloat(r);
  },
  __eq__: (x, o) => {
    const c = self(x, '__eq__');
    const z = o instanceof PyComplex ? o : complexValueOf(o);
    if (z !== undefined) return c.re === z.re && c.im === z.im;
    const f = floatValueOf(o);
    if (f !== undefined) return c.im === 0 && c.re === (f instanceof PyFloat ? f.v : f);
    const i = intValueOf(o);
    // An int compares by exact value (a bigint against a double), as float == int does.
    if (i !== undefined) return c.im === 0 && (typeof i === 'bigint' ? Number.isFinite(c.re) && Number.isInteger(c.re) && BigInt(c.re) === i : c.re === +i);
    return NotImplemented;
  },
  __ne__: (x, o) => {
    const r = methods.__eq__(x, o);
    return r === NotImplemented ? r : !r;
  },
  __pow__: (x, o, mod) => {
    const a = self(x, '__pow__');
    const b = asComplex(o);
    return b === undefined ? NotImplemented : power(a, b, mod);
  },
  __rpow__: (x, o, mod) => {
    const b = self(x, '__rpow__');
    const a = asComplex(o);
    return a === undefined ? NotImplemented : power(a, b, mod);
  },
  // An empty spec formats a subclass instance as its str(), which the subclass may override.
  __format__: (x, spec) => (spec === '' && !(x instanceof PyComplex) && complexValueOf(x) !== undefined
    ? call(lookup(typeOf(x), '__str__'), x) : complexFormat(self(x, '__format__'), spec)),
  __complex__: (x) => self(x, '__complex__'),
  conjugate: (x) => {
    const c = self(x, 'conjugate');
    return new PyComplex(c.re, -c.im);
  },
  real: new PyProperty((x) => makeFloat(self(x, 'real').re)),
  imag: new PyProperty((x) => makeFloat(self(x, 'imag').im)),
  __new__: new StaticMethod(function __new__(cls, ...args) {
    return newValueSub(cls, complexType, makeComplex(args, null));
  }),
};
methods.__new__.__func__.$kw = (args, kw) => newValueSub(args[0], complexType, makeComplex(args.slice(1), kw));
for (const [name, op] of Object.entries(OPS)) {
  methods[`__${name}__`] = (x, o) => {
    const a = self(x, `__${name}__`);
    const b = asComplex(o);
    return b === undefined ? NotImplemented : op(a, b);
  };
  methods[`__r${name}__`] = (x, o) => {
    const b = self(x, `__r${name}__`);
    const a = asComplex(o);
    return a === undefined ? NotImplemented : op(a, b);
  };
}
Object.assign(complexType.$dict, methods);

/** The `complex` builtin, with its methods loaded. */
// Called through a value, complex checks its arguments as CPython does (internals/call.js).
hasArity(complexType, $complex);

export { complexType as complex };
