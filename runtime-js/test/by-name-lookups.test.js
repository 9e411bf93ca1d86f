// The runtime's lookups of attributes by name, checked against a reviewed list.
// An optimised build keeps a built-in type's method only when some name reaches it
// (docs/optimizer.md, "Methods of built-in types no name reaches"); a name the runtime spells as
// a string literal counts by itself. What cannot count is a name the runtime computes: every call
// of a by-name lookup whose name is not a literal is listed below with why its names are reached
// anyway, so that a new one fails this test until it is reviewed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The functions that look an attribute up by the name given as their second argument. */
const BY_NAME = ['lookup', 'getattr', 'hasattr', 'callMethod', 'callMethod0', 'callMethod1', 'callMethod2',
  'callMethod3', 'lookupSpecial', 'lookupAttr', 'instanceHas', 'hasAttrInMro'];

/** `file: call` of each reviewed lookup by a computed name, and why it is safe. */
const REVIEWED = {
  // Dunders only: a dunder method is never pruned.
  'modules/math-module.js: lookup(t, dunder)': 'the dunder of a math function (__ceil__, __floor__, __trunc__)',
  'types/complex.js: lookup(t, m)': "a loop over '__complex__', '__float__', '__index__'",
  'types/scalars.js: lookup(t, m)': "loops over '__int__', '__index__', '__trunc__' and '__float__', '__index__'",
  'internals/operators.js: lookup(t, dunder)': 'an operator dunder',
  'internals/operators.js: lookup(ta, `__${name}__`)': 'an operator dunder',
  'internals/operators.js: lookup(ta, `__r${name}__`)': 'a reflected operator dunder',
  'internals/operators.js: lookup(tb, `__r${name}__`)': 'a reflected operator dunder',
  'internals/operators.js: lookup(typeOf(a), iname)': 'an in-place operator dunder',
  'internals/protocols.js: lookup(tb, SWAPPED[op])': 'a reflected comparison dunder',
  'internals/protocols.js: lookup(ta, op)': 'a comparison dunder',
  // A name the program gave: ReachableNames holds it, or the program turns pruning off.
  'internals/attribute.js: getattr(obj.__func__, name)': "a bound method's attribute, named by the program",
  'internals/attribute.js: getattr(f, name)': "a function's attribute, named by the program",
  'internals/attribute.js: lookup(meta, name)': 'getattr on a class, named by the program',
  'internals/attribute.js: lookup(typeType, name)': 'getattr on a class, named by the program',
  'internals/attribute.js: lookup(t, name)': 'getattr, named by the program or a runtime literal passed in',
  'internals/attribute.js: lookup(obj.$cls, name)': 'setattr, named by the program',
  'internals/attribute.js: lookup(s.$cls, name)': "an attribute of a super object, named by the program",
  'internals/attribute.js: getattr(obj, name)': 'hasattr, named by the program',
  'internals/attribute.js: callMethod(obj, name)': 'callMethod0, called with literal names',
  'internals/attribute.js: callMethod(obj, name, a)': 'callMethod1, called with literal names',
  'internals/attribute.js: callMethod(obj, name, a, b)': 'callMethod2, called with literal names',
  'internals/attribute.js: callMethod(obj, name, a, b, c)': 'callMethod3, called with literal names',
  'internals/attribute.js: lookup(typeOf(obj), name)': 'lookupSpecial, called with dunders',
  'internals/attribute.js: hasAttrInMro(t, name)': 'getattr, named by the program',
  'internals/attribute.js: hasAttrInMro(methodType, name)': "a bound method's attribute, named by the program",
  'types/mappingproxy.js: lookup(typeOf(obj), name)': 'callMethodOf, called with literal names',
  'types/generic-alias.js: getattr(alias(self, \'__getattribute__\').$origin, name)': "a generic alias's attribute, named by the program",
  'types/builtin-own-attrs.js: getattr(self, n)': "object.__getstate__'s slot names: a class's __slots__, strings spelled in the program",
  'types/scalars.js: getattr(o, n)': "str.format's field attributes (internals/str-format.js): a constant format string, whose words count, or pruning is off",
  // Text, not calls.
  'internals/builtin-docs.js: getattr(obj, name)': "hasattr's docstring",
  'internals/builtin-docs.js: getattr(object, name[, default])': "getattr's docstring",
  'internals/attribute.js: instanceHas(obj, name)': "an instance's own dict, named by the program",
  'internals/attribute.js: hasAttrInMro(meta, name)': 'getattr on a class, named by the program',
  'internals/match.js: getattr(subject, name)': "a class pattern's keyword, spelled in the program",
  'internals/method-cache.js: instanceHas(obj, name)': 'a method call spelled in the program',
  'internals/method-cache.js: getattr(obj, name)': 'a method call spelled in the program',
  'types/generic-alias.js: getattr(obj, name)': 'lookupAttr, called with literal names',
  'internals/traceback-syntax.js: getattr(e, name)': "a loop over SyntaxError's attribute literals",
  'internals/foreign.js: getattr(o, name)': 'routed builds, which are never bundled',
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (name.endsWith('.js')) yield p;
  }
}

/** The calls `f(a, b, ...)` of a by-name lookup in `text` whose second argument is not a string literal. */
function computedLookups(text) {
  const out = [];
  const re = new RegExp(`(?<![\\w$.])(?:${BY_NAME.join('|')})\\(`, 'g');
  let m;
  while ((m = re.exec(text)) !== null) {
    let depth = 1;
    let i = m.index + m[0].length;
    const args = [''];
    for (; i < text.length && depth > 0; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      if (depth === 1 && c === ',') args.push('');
      else if (depth > 0) args[args.length - 1] += c;
    }
    const name = (args[1] ?? '').trim();
    if (args.length < 2 || /^(['"`])[^'"`$]*\1$/.test(name)) continue;
    // A function's own declaration or a doc comment is not a call.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const line = text.slice(lineStart, m.index);
    if (/function\s*$|^\s*(\/\/|\*|\/\*)/.test(line)) continue;
    out.push(text.slice(m.index, i).replace(/\s+/g, ' '));
  }
  return out;
}

test('every lookup by a computed name in the runtime is reviewed', () => {
  const found = new Set();
  for (const file of files(SRC)) {
    if (file.endsWith('.py.js')) continue;
    for (const call of computedLookups(readFileSync(file, 'utf8'))) {
      found.add(`${relative(SRC, file).replace(/\\/g, '/')}: ${call}`);
    }
  }
  const unreviewed = [...found].filter((k) => !(k in REVIEWED)).sort();
  assert.deepEqual(unreviewed, [], 'lookups by a computed name: review each and add it to REVIEWED');
  const stale = Object.keys(REVIEWED).filter((k) => !found.has(k)).sort();
  assert.deepEqual(stale, [], 'REVIEWED lists calls that are gone');
});
