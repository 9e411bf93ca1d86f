// Argument counts of the built-in types' methods, checked as CPython checks them. The JS bodies
// ignore extra arguments and read missing ones as undefined, so `[].append()` returned None and
// `'a'.center()` returned 'a' where CPython raises TypeError. Each method named in the table
// generated from CPython (method-arity-table.js) is replaced, once the method tables are built,
// by a wrapper that checks `arguments.length` and passes the arguments on as given (a body may
// tell a missing argument from an explicit one). Calls with keywords keep their own path ($kw).

import { METHOD_ARITY } from './method-arity-table.js';
import { pyError } from './errors.js';
import { ClassMethod, StaticMethod } from './attribute.js';

const plural = (k) => (k === 1 ? 'argument' : 'arguments');

/** Whether `n` positional arguments are a valid count (K: keyword-only, `hi` of them). */
function accepts(family, lo, hi, n) {
  return family === 'K' ? n === 0 : n >= lo && n <= hi;
}

/** CPython's message for `n` positional arguments to `tname.name` (families as the generator's). */
export function arityMessage(family, tname, name, lo, hi, n) {
  switch (family) {
    case 'N': return `${tname}.${name}() takes no arguments (${n} given)`;
    case 'O': return `${tname}.${name}() takes exactly one argument (${n} given)`;
    case 'P':
      if (lo === hi) return `${name} expected ${lo} ${plural(lo)}, got ${n}`;
      return n < lo ? `${name} expected at least ${lo} ${plural(lo)}, got ${n}` : `${name} expected at most ${hi} ${plural(hi)}, got ${n}`;
    case 'U':
      return n < lo ? `${name}() takes at least ${lo} ${plural(lo)} (${n} given)` : `${name}() takes at most ${hi} ${plural(hi)} (${n} given)`;
    case 'K':
      return n <= hi ? `${name}() takes no positional arguments` : `${name}() takes at most ${hi} ${plural(hi)} (${n} given)`;
    default: throw new Error(`unknown arity family ${family}`);
  }
}

function fail(family, tname, name, lo, hi, n) {
  return pyError('TypeError', arityMessage(family, tname, name, lo, hi, n));
}

/** `f(self, ...)` checked: the count excludes `self` (or `cls` of a classmethod). */
function checked(f, family, tname, name, lo, hi) {
  const w = function (self, a, b, c) {
    const n = arguments.length - 1;
    if (!accepts(family, lo, hi, n)) throw fail(family, tname, name, lo, hi, n);
    switch (n) {
      case 0: return f(self);
      case 1: return f(self, a);
      case 2: return f(self, a, b);
      default: return f(self, a, b, c);
    }
  };
  return like(w, f);
}

/** A staticmethod's function checked: every argument counts. */
function checkedStatic(f, family, tname, name, lo, hi) {
  const w = function (a, b, c) {
    const n = arguments.length;
    if (!accepts(family, lo, hi, n)) throw fail(family, tname, name, lo, hi, n);
    switch (n) {
      case 0: return f();
      case 1: return f(a);
      case 2: return f(a, b);
      default: return f(a, b, c);
    }
  };
  return like(w, f);
}

/** `w` with the own properties and name of `f` (keyword handlers, marks). */
function like(w, f) {
  for (const k of Object.keys(f)) w[k] = f[k];
  Object.defineProperty(w, 'name', { value: f.name });
  return w;
}

/** Wraps the methods of `type` (a built-in type named `tname`) that the table lists. */
export function checkMethodArity(type, tname) {
  const spec = METHOD_ARITY[tname];
  if (spec === undefined) return;
  const d = type.$dict;
  for (const entry of spec.split(' ')) {
    const [name, code] = entry.split(':');
    const args = [code[0], tname, name, Number(code[1]), Number(code[2])];
    const f = d[name];
    if (typeof f === 'function') d[name] = checked(f, ...args);
    else if (f instanceof ClassMethod) f.__func__ = checked(f.__func__, ...args);
    else if (f instanceof StaticMethod) f.__func__ = checkedStatic(f.__func__, ...args);
  }
}
