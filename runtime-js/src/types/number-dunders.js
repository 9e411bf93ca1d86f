// The binary and comparison special methods of int, bool and float as Python sees them
// (`int.__add__(3, 4)`, `(5).__mul__(6)`, `super().__add__(o)` in an int subclass), and
// the `__new__` that lets `class N(int)` make instances:
// https://docs.python.org/3/reference/datamodel.html#emulating-numeric-types
// The operators themselves never call these for plain numbers (internals/arith.js has the
// fast paths); they run for subclass instances and explicit calls. Each returns
// NotImplemented for an operand of another type, as CPython's slots do.

import { intType, floatType, boolType, NotImplemented, typeOf } from './type.js';
import { PyFloat } from './float.js';
import { StaticMethod } from '../internals/attribute.js';
import { pyError } from '../internals/errors.js';
import * as arith from '../internals/arith.js';
import { powMod } from './int.js';
import { intValueOf, intSelf, floatValueOf, floatSelf, newValueSub } from './value-subclass.js';

const BINARY = {
  add: arith.add, sub: arith.sub, mul: arith.mul, truediv: arith.truediv, floordiv: arith.floordiv,
  mod: arith.mod, divmod: arith.divmod, lshift: arith.lshift, rshift: arith.rshift,
  and: arith.and_, or: arith.or_, xor: arith.xor,
};
const FLOAT_BINARY = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod'];
const COMPARE = { eq: arith.eq, ne: arith.ne, lt: arith.lt, le: arith.le, gt: arith.gt, ge: arith.ge };

function plainInt(x) {
  const v = intValueOf(x);
  return typeof v === 'boolean' ? +v : v;
}

/** An int operand of a float method, as a float; `undefined` for a non-number. */
function floatOperand(x) {
  const f = floatValueOf(x);
  if (f !== undefined) return f;
  const i = plainInt(x);
  return i === undefined ? undefined : arith.toDouble(i);
}

function named(name, f) {
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

function intPow(self, other, mod) {
  const a = intSelf(self, '__pow__');
  const b = plainInt(other);
  if (b === undefined) return NotImplemented;
  if (mod === undefined) return arith.pow(a, b);
  const m = plainInt(mod);
  return m === undefined ? NotImplemented : powMod(a, b, m);
}

function intRpow(self, other, mod) {
  const b = intSelf(self, '__rpow__');
  const a = plainInt(other);
  if (a === undefined) return NotImplemented;
  if (mod === undefined) return arith.pow(a, b);
  const m = plainInt(mod);
  return m === undefined ? NotImplemented : powMod(a, b, m);
}

const intMethods = { __pow__: intPow, __rpow__: intRpow };
for (const [name, op] of Object.entries(BINARY)) {
  intMethods[`__${name}__`] = named(`__${name}__`, (self, other) => {
    const a = intSelf(self, `__${name}__`);
    const b = plainInt(other);
    return b === undefined ? NotImplemented : op(a, b);
  });
  intMethods[`__r${name}__`] = named(`__r${name}__`, (self, other) => {
    const b = intSelf(self, `__r${name}__`);
    const a = plainInt(other);
    return a === undefined ? NotImplemented : op(a, b);
  });
}
for (const [name, op] of Object.entries(COMPARE)) {
  intMethods[`__${name}__`] = named(`__${name}__`, (self, other) => {
    const a = intSelf(self, `__${name}__`);
    const b = plainInt(other);
    return b === undefined ? NotImplemented : op(a, b);
  });
}
intMethods.__new__ = new StaticMethod(named('__new__', (cls, ...args) => newValueSub(cls, intType, intType.$new(args, null))));
intMethods.__new__.__func__.$kw = (args, kw) => newValueSub(args[0], intType, intType.$new(args.slice(1), kw));
Object.assign(intType.$dict, intMethods);

// bool's own &, |, ^ keep bools when both operands are bools.
const boolMethods = {};
for (const name of ['and', 'or', 'xor']) {
  const op = BINARY[name];
  const f = (self, other) => {
    if (typeof self !== 'boolean') throw pyError('TypeError', `descriptor '__${name}__' requires a 'bool' object but received a '${typeOf(self).__name__}'`);
    const b = intValueOf(other);
    return b === undefined ? NotImplemented : op(self, b);
  };
  boolMethods[`__${name}__`] = named(`__${name}__`, f);
  boolMethods[`__r${name}__`] = named(`__r${name}__`, (self, other) => f(self, other));
}
Object.assign(boolType.$dict, boolMethods);

function floatPowMethod(reflected) {
  return (self, other, mod) => {
    const x = floatSelf(self, reflected ? '__rpow__' : '__pow__');
    const y = floatOperand(other);
    if (y === undefined) return NotImplemented;
    if (mod !== undefined) throw pyError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    return reflected ? arith.pow(y, x) : arith.pow(x, y);
  };
}

/** A float operand as a value the arith helpers treat as a float (an integral one boxed). */
function asFloat(v) {
  return typeof v === 'number' && Number.isInteger(v) ? new PyFloat(v) : v;
}

const floatMethods = { __pow__: floatPowMethod(false), __rpow__: floatPowMethod(true) };
for (const name of FLOAT_BINARY) {
  const op = BINARY[name];
  floatMethods[`__${name}__`] = named(`__${name}__`, (self, other) => {
    const a = floatSelf(self, `__${name}__`);
    const b = floatOperand(other);
    return b === undefined ? NotImplemented : op(a, asFloat(b));
  });
  floatMethods[`__r${name}__`] = named(`__r${name}__`, (self, other) => {
    const b = floatSelf(self, `__r${name}__`);
    const a = floatOperand(other);
    return a === undefined ? NotImplemented : op(asFloat(a), b);
  });
}
for (const [name, op] of Object.entries(COMPARE)) {
  floatMethods[`__${name}__`] = named(`__${name}__`, (self, other) => {
    const a = floatSelf(self, `__${name}__`);
    const f = floatValueOf(other);
    const b = f !== undefined ? f : plainInt(other);
    return b === undefined ? NotImplemented : op(a, b);
  });
}
floatMethods.__new__ = new StaticMethod(named('__new__', (cls, ...args) => newValueSub(cls, floatType, floatType.$new(args, null))));
Object.assign(floatType.$dict, floatMethods);
