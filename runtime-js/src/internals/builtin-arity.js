// Argument-count and keyword errors of built-in functions and classes, raised as CPython raises
// them: before the builtin looks at any argument. The messages are CPython's own, from the
// generated table (builtin-arity-table.js). `hasArity` marks a builtin with its entry; the
// generic call path (internals/call.js) checks marked callables, since the JS bodies ignore
// extra arguments and read missing ones as undefined. Direct calls that the code generator
// emits with a count CPython accepts skip the check; it compiles any other count to the
// generic call (codegen BuiltinArgumentCounts).

import { pyError } from './errors.js';

/**
 * Marks builtin `fn` (a function or a built-in class) with its table entry. `ok` caches the
 * accepted counts below 31 as bits, so the fixed-arity call forms test one bit.
 */
export function hasArity(fn, entry) {
  if (entry.ok === undefined) {
    let ok = 0;
    for (let n = 0; n < 31; n++) if (accepted(entry, n)) ok |= 1 << n;
    entry.ok = ok;
  }
  fn.$ar = entry;
}

function accepted(entry, n) {
  return n < entry.m.length ? entry.m[n] === null : entry.hi === null;
}

function fill(template, n, t, k, w) {
  return template.replace(/\{([ntkw])\}/g, (_, c) => (c === 'n' ? String(n) : c === 't' ? String(t) : c === 'w' ? String(w) : k));
}

/** Throws CPython's TypeError when the builtin of `entry` refuses `n` positional arguments. */
export function checkCount(entry, n) {
  if (n < 31 ? (entry.ok >>> n & 1) === 0 : entry.hi !== null) {
    throw pyError('TypeError', fill(n < entry.m.length ? entry.m[n] : entry.hi, n, n, '', 0));
  }
}

/**
 * Throws CPython's TypeError for a call with `n` positional arguments and keywords `names` that
 * the builtin of `entry` refuses because of a keyword it does not know (any keyword, for one that
 * takes any: then the table refuses only counts). Calls whose keywords it knows are left to the
 * builtin's body (`$kw`), which binds them. With several keywords, a total past the limit
 * (`takes at most N arguments (M given)`) is refused first, as with one keyword of that total.
 */
export function checkKeywords(entry, n, names) {
  if (names.length === 0) {
    checkCount(entry, n);
    return;
  }
  const unknown = entry.kw === '*' ? names[0] : names.find((k) => !entry.kw.includes(k));
  if (unknown === undefined) return;
  const w = names.length;
  // The tables for two and for more keywords are left out where they equal those for fewer.
  const two = entry.k2m === undefined ? entry : { km: entry.k2m, khi: entry.k2hi };
  const table = w === 1 ? entry : w === 2 || entry.k3m === undefined ? two : { km: entry.k3m, khi: entry.k3hi };
  let template = at(table.km, table.khi, n);
  if (w > 1 && n > 0) {
    // A total past the limit is refused before anything else (worded so only with positional arguments).
    const over = at(entry.km, entry.khi, n + w - 1);
    if (over !== null && over.includes('{t}')) template = over;
  }
  if (template !== null) throw pyError('TypeError', fill(template, n, n + w, unknown, w));
}

function at(messages, rest, n) {
  return n < messages.length ? messages[n] : rest;
}
