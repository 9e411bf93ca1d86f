// Which runtime functions bind when a class holds them. CPython's built-in functions (`len`,
// `math.sqrt`: builtin_function_or_method) are not descriptors, so `class C: f = len` leaves
// `C().f` the plain function; a built-in type's method (`list.append`, `object.__repr__`: method
// descriptors and slot wrappers) and a Python function bind. In the runtime both kinds are plain
// JS functions without a `$sig`; what tells them apart is whether a built-in type's namespace
// holds the function. The answer is kept on the function as `$free` (true: never bound), decided
// when a class made by the program first receives it as an attribute, so that the attribute
// protocol's hot paths test one property and functions never stored in a class cost nothing.

import { objectType } from '../types/type.js';

/** Decides `$free` for a value stored as an attribute of a class made by the program. */
export function noteClassAttribute(v) {
  if (typeof v === 'function' && v.$sig === undefined && v.$free === undefined) {
    // A built-in type's method read from its class is a checking wrapper (internals/method-descriptors.js).
    v.$free = v.$descriptorOf === undefined && !heldByBuiltinType(v);
  }
}

function heldByBuiltinType(fn) {
  const seen = new Set();
  const stack = [objectType];
  while (stack.length) {
    const t = stack.pop();
    if (seen.has(t)) continue;
    seen.add(t);
    if (t.$heap !== true) {
      const d = t.$dict;
      for (const k in d) if (d[k] === fn) return true;
    }
    for (const s of t.$subclasses) stack.push(s);
  }
  return false;
}
