// The special methods of str as Python sees them (`str.__add__('a', 'b')`, `super().__lt__(o)`
// in a str subclass), and the `__new__` that lets `class S(str)` make instances:
// https://docs.python.org/3/reference/datamodel.html#special-method-names
// Operators on plain strs never call these (the runtime's helpers handle JS strings first);
// they run for str subclass instances (types/value-subclass.js) and explicit calls. Each
// works on the plain values, so an override in a subclass is never re-entered, and returns a
// plain str, as CPython's unicodeobject.c does. `__add__`, `__mul__` and `__rmul__` stand for
// str's sequence slots (sq_concat, sq_repeat), which the operators try after the number slots
// (internals/operators.js); `__mod__`/`__rmod__` are its number slot.

import { strType, NotImplemented, typeOf } from './type.js';
import { makeTuple } from './tuple.js';
import { StaticMethod } from '../internals/attribute.js';
import { pyError } from '../internals/errors.js';
import { strSelf, strValueOf, newValueSub } from './value-subclass.js';
import { strLen } from './str.js';
import { strRepr, str, hash, strCompare } from '../internals/protocols.js';
import { getitem, contains, index } from '../internals/subscript.js';
import { iter } from '../internals/iteration.js';
import { formatWithSpec } from '../internals/format-spec.js';
import { strPercent } from '../internals/operators.js';

function named(name, f) {
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

const ORDER = {
  __lt__: (c) => c < 0, __le__: (c) => c <= 0, __gt__: (c) => c > 0, __ge__: (c) => c >= 0,
};

/** `s * n` for a plain str `s` (CPython's unicode_repeat). */
export function strRepeat(s, n) {
  const c = Number(index(n));
  if (c <= 0 || s.length === 0) return '';
  if (c * s.length > 2 ** 29) throw pyError('MemoryError');
  return s.repeat(c);
}

/** `a + b` where `a` is a str or str subclass instance: sq_concat, which raises for a non-str. */
export function strConcat(a, b) {
  const x = strSelf(a, '__add__');
  const y = strValueOf(b);
  if (y === undefined) throw pyError('TypeError', `can only concatenate str (not "${typeOf(b).__name__}") to str`);
  return x + y;
}

const dunders = {
  __len__: (self) => strLen(strSelf(self, '__len__')),
  __repr__: (self) => strRepr(strSelf(self, '__repr__')),
  // A subclass instance's str() is a plain copy of its value.
  __str__: (self) => strSelf(self, '__str__'),
  __hash__: (self) => hash(strSelf(self, '__hash__')),
  __format__: (self, spec) => {
    const s = strSelf(self, '__format__');
    const f = strValueOf(spec);
    if (f === undefined) throw pyError('TypeError', `__format__() argument must be str, not ${typeOf(spec).__name__}`);
    // An empty spec formats a subclass instance as its str(), which the subclass may override.
    if (f === '' && typeof self !== 'string') return str(self);
    return formatWithSpec(s, f);
  },
  __eq__: (self, o) => {
    const a = strSelf(self, '__eq__');
    const b = typeof o === 'string' ? o : strValueOf(o);
    return b === undefined ? NotImplemented : a === b;
  },
  __ne__: (self, o) => {
    const a = strSelf(self, '__ne__');
    const b = strValueOf(o);
    return b === undefined ? NotImplemented : a !== b;
  },
  __getitem__: (self, k) => getitem(strSelf(self, '__getitem__'), k),
  __contains__: (self, x) => contains(strSelf(self, '__contains__'), x),
  __iter__: (self) => iter(strSelf(self, '__iter__')),
  __add__: (self, o) => strConcat(self, o),
  __mul__: (self, n) => strRepeat(strSelf(self, '__mul__'), n),
  __rmul__: (self, n) => strRepeat(strSelf(self, '__rmul__'), n),
  __mod__: (self, args) => strPercent(strSelf(self, '__mod__'), args),
  __rmod__: (self, o) => {
    strSelf(self, '__rmod__');
    const s = strValueOf(o);
    return s === undefined ? NotImplemented : strPercent(s, self);
  },
  __getnewargs__: (self) => makeTuple([strSelf(self, '__getnewargs__')]),
};
for (const [op, test] of Object.entries(ORDER)) {
  dunders[op] = (self, o) => {
    const a = strSelf(self, op);
    const b = strValueOf(o);
    return b === undefined ? NotImplemented : test(strCompare(a, b));
  };
}
for (const [k, f] of Object.entries(dunders)) named(k, f);
// Marks the sequence slots for the operators (internals/operators.js), which skip them while
// trying the number slots.
for (const k of ['__add__', '__mul__', '__rmul__']) dunders[k].$sequenceSlot = true;

/** The plain value of what `str(...)` returned, for the base value of a subclass instance. */
function plainStr(v) {
  return typeof v === 'string' ? v : strValueOf(v);
}

dunders.__new__ = new StaticMethod(named('__new__', (cls, ...args) => newValueSub(cls, strType, plainStr(strType.$new(args, null)))));
dunders.__new__.__func__.$kw = (args, kw) => newValueSub(args[0], strType, plainStr(strType.$new(args.slice(1), kw)));

Object.assign(strType.$dict, dunders);
