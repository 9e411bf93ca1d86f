// Python range and slice objects: https://docs.python.org/3/library/stdtypes.html#ranges

import { rangeType, sliceType, NotImplemented } from './type.js';
import { pyError } from '../internals/errors.js';
import { index, PySlice } from '../internals/subscript.js';
import { longSliceIndices } from '../internals/slice-long-indices.js';
import { PyIterator, namedIterator } from '../internals/iteration.js';
import { repr, eq, compare } from '../internals/protocols.js';
import { makeTuple } from './tuple.js';
import { PyProperty } from '../internals/attribute.js';

function norm(x) {
  return typeof x === 'bigint' && x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

export class PyRange {
  constructor(start, stop, step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    const n = rangeLength(start, stop, step);
    this.length = n;
  }
  *$iter() {
    const { start, step } = this;
    if (typeof start === 'number' && typeof step === 'number' && typeof this.length === 'number' &&
        Number.isSafeInteger(start + step * this.length)) {
      for (let i = 0, v = start; i < this.length; i++, v += step) yield v;
      return;
    }
    let v = BigInt(start);
    const s = BigInt(step);
    for (let i = 0n; i < BigInt(this.length); i++, v += s) yield norm(v);
  }
  /**
   * The type name of `iter(r)` (or `reversed(r)`, `backward`): CPython iterates in C longs
   * (range_iterator) only when its range_iter / range_reverse checks say no step can overflow.
   */
  $iterName(backward) {
    const start = BigInt(this.start), stop = BigInt(this.stop), step = BigInt(this.step), len = BigInt(this.length);
    const long = (v) => v >= LONG_MIN && v <= LONG_MAX;
    let fits = long(start) && long(stop) && long(step) && len <= LONG_MAX;
    if (fits && backward) {
      fits = step !== LONG_MIN && long(start - step);
    } else if (fits && len > 0n) {
      fits = step > 0n ? stop <= LONG_MAX - (step - 1n) : stop >= LONG_MIN + (-1n - step);
    }
    return fits ? 'range_iterator' : 'longrange_iterator';
  }
  item(i) {
    if (typeof this.start === 'number' && typeof this.step === 'number' && typeof i === 'number') {
      const v = this.start + this.step * i;
      if (Number.isSafeInteger(v)) return v;
    }
    return norm(BigInt(this.start) + BigInt(this.step) * BigInt(i));
  }
}
PyRange.prototype.$cls = rangeType;

function rangeLength(start, stop, step) {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start);
  const b = BigInt(stop);
  const s = BigInt(step);
  let n = 0n;
  if (s > 0n && a < b) n = (b - a - 1n) / s + 1n;
  else if (s < 0n && a > b) n = (a - b - 1n) / -s + 1n;
  return norm(n);
}

/** `range(...)`. */
export function range(a, b, c) {
  const n = arguments.length;
  if (n === 0) throw pyError('TypeError', 'range expected at least 1 argument, got 0');
  if (n > 3) throw pyError('TypeError', `range expected at most 3 arguments, got ${n}`);
  const start = n === 1 ? 0 : index(a);
  const stop = n === 1 ? index(a) : index(b);
  const step = n === 3 ? index(c) : 1;
  if (step === 0) throw pyError('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

/**
 * Whether `x` is a range whose items are all safe ints held in JS numbers (what `$iter` counts
 * without BigInt), so that a `for` loop over a value that turns out to be a range can count
 * `x.start`, `x.start + x.step`, ... (`x.length` items) instead of running the iterator.
 */
export function countableRange(x) {
  return x instanceof PyRange && typeof x.start === 'number' && typeof x.step === 'number' &&
    typeof x.length === 'number' && Number.isSafeInteger(x.start + x.step * x.length);
}

/** An int argument of a `for ... in range(...)` loop compiled to a JS for-loop. */
export function rangeArg(x) {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  return index(x);
}

/**
 * For a counting loop over `range(start, stop, step)` (`start`, `stop` from rangeArg): null when
 * both are JS numbers, so the loop counts in doubles exactly (every value lies between two safe
 * ints); otherwise an iterator whose `next()` gives each value as the runtime's int (a BigInt only
 * past the safe ints) and then undefined, which the loop uses instead of counting: a double
 * counter stops growing at 2**53, and a BigInt one would give BigInts for small values.
 */
export function wideRange(start, stop, step) {
  if (typeof start === 'number' && typeof stop === 'number') return null;
  let cur = BigInt(start);
  const end = BigInt(stop);
  const st = BigInt(step);
  return {
    next() {
      if (st > 0n ? cur >= end : cur <= end) return undefined;
      const v = norm(cur);
      cur += st;
      return v;
    },
  };
}

rangeType.$new = (args) => range(...args);

Object.assign(rangeType.$dict, {
  __len__(self) {
    if (typeof self.length === 'bigint' && self.length > LONG_MAX) throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
    return self.length;
  },
  __iter__: (self) => namedIterator(new PyIterator(self.$iter()), self.$iterName(false)),
  // The truth of the length, which may be past ssize_t (where __len__ raises OverflowError).
  __bool__(self, ...rest) {
    if (rest.length) throw pyError('TypeError', `expected 0 arguments, got ${rest.length}`);
    return self.length !== 0;
  },
  __reversed__(self) {
    const last = self.item(typeof self.length === 'number' ? self.length - 1 : norm(self.length - 1n));
    const it = new PyIterator(new PyRange(last, norm(BigInt(last) - BigInt(self.step) * BigInt(self.length)), norm(-BigInt(self.step))).$iter());
    return namedIterator(it, self.$iterName(true));
  },
  __getitem__(self, k) {
    if (k instanceof PySlice) {
      // compute_slice: the bounds are the items at the slice's indices, not a normalised stop.
      const [start, stop, step] = longSliceIndices(k, BigInt(self.length));
      const base = BigInt(self.start);
      const st = BigInt(self.step);
      return new PyRange(norm(base + start * st), norm(base + stop * st), norm(st * step));
    }
    let i = index(k, (v) => `range indices must be integers or slices, not ${v.$cls ? v.$cls.__name__ : typeof v}`);
    if (i < 0) i = norm(BigInt(i) + BigInt(self.length));
    if (i < 0 || i >= self.length) throw pyError('IndexError', 'range object index out of range');
    return self.item(i);
  },
  __contains__(self, x) {
    if (typeof x === 'number' && Number.isInteger(x) || typeof x === 'bigint' || typeof x === 'boolean') {
      const v = BigInt(x);
      const a = BigInt(self.start);
      const s = BigInt(self.step);
      const n = BigInt(self.length);
      if (n === 0n) return false;
      const d = v - a;
      if (s > 0n ? d < 0n : d > 0n) return false;
      if (d % s !== 0n) return false;
      return d / s < n;
    }
    for (const y of self.$iter()) if (eq(y, x)) return true;
    return false;
  },
  __repr__(self) {
    return self.step === 1 ? `range(${self.start}, ${self.stop})` : `range(${self.start}, ${self.stop}, ${self.step})`;
  },
  __eq__(self, o) {
    if (!(o instanceof PyRange)) return NotImplemented;
    if (self.length !== o.length) return false;
    if (self.length === 0) return true;
    if (self.start !== o.start) return false;
    return self.length === 1 || self.step === o.step;
  },
  __hash__: (self) => 0,
  index(self, x) {
    if (!rangeType.$dict.__contains__(self, x)) throw pyError('ValueError', `${repr(x)} is not in range`);
    return norm((BigInt(x) - BigInt(self.start)) / BigInt(self.step));
  },
  count: (self, x) => (rangeType.$dict.__contains__(self, x) ? 1 : 0),
  start: new PyProperty((self) => self.start),
  stop: new PyProperty((self) => self.stop),
  step: new PyProperty((self) => self.step),
});

sliceType.$new = (args) => {
  if (args.length === 0) throw pyError('TypeError', 'slice expected at least 1 argument, got 0');
  if (args.length === 1) return new PySlice(undefined, args[0], undefined);
  return new PySlice(args[0], args[1], args[2]);
};
Object.assign(sliceType.$dict, {
  __hash__: undefined,
  __repr__: (self) => `slice(${repr(self.start)}, ${repr(self.stop)}, ${repr(self.step)})`,
  indices: (self, n) => {
    const length = BigInt(index(n));
    if (length < 0n) throw pyError('ValueError', 'length should not be negative');
    return makeTuple(longSliceIndices(self, length).map(norm));
  },
  start: new PyProperty((self) => self.start),
  stop: new PyProperty((self) => self.stop),
  step: new PyProperty((self) => self.step),
  __eq__: (self, o) => (o instanceof PySlice ? eq(sliceTuple(self), sliceTuple(o)) : NotImplemented),
  // CPython's slice_richcompare orders slices as the tuples (start, stop, step).
  __lt__: sliceOrder('__lt__'),
  __le__: sliceOrder('__le__'),
  __gt__: sliceOrder('__gt__'),
  __ge__: sliceOrder('__ge__'),
});

function sliceTuple(s) {
  return makeTuple([s.start, s.stop, s.step]);
}

function sliceOrder(op) {
  return (self, o) => (o instanceof PySlice ? compare(sliceTuple(self), sliceTuple(o), op) : NotImplemented);
}

export { PySlice };
