import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFormat, formatValue } from '../src/internals/str-format.js';
import { formatWithSpec } from '../src/internals/format-spec.js';
import { strAscii } from '../src/types/str.js';
import { Tuple } from '../src/types/tuple.js';
import { pyRepr, pyStr, Obj, runGolden } from './golden/golden.js';

function raise(name, message) {
  return Object.assign(new Error(message), { pyTypeName: name });
}

const hooks = {
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => (typeof v === 'string' ? strAscii(v) : pyRepr(v)),
  format: (v, spec) => {
    if (v === undefined || v instanceof Tuple || Array.isArray(v)) {
      if (spec !== '') throw raise('TypeError', `unsupported format string passed to ${v === undefined ? 'NoneType' : v instanceof Tuple ? 'tuple' : 'list'}.__format__`);
      return pyStr(v);
    }
    return formatWithSpec(v, spec);
  },
  getattr: (o, name) => {
    if (o instanceof Obj && Object.hasOwn(o, name)) return o[name];
    throw raise('AttributeError', `object has no attribute '${name}'`);
  },
  getitem: (o, k) => {
    if (o instanceof Map) {
      if (!o.has(k)) throw raise('KeyError', k);
      return o.get(k);
    }
    if (typeof k !== 'number') throw raise('TypeError', `${typeof o === 'string' ? 'string' : 'list'} indices must be integers or slices, not str`);
    const items = typeof o === 'string' ? Array.from(o) : o;
    if (k >= items.length) throw raise('IndexError', `${typeof o === 'string' ? 'string' : 'list'} index out of range`);
    return items[k];
  },
};

runGolden('str-format', {
  strFormat: (fmt, args, kwargs) => strFormat(fmt, args, kwargs, hooks),
  formatValue: (v, conv, spec) => formatValue(v, conv, spec, hooks),
});

test('automatic and manual numbering cannot be mixed', () => {
  assert.throws(() => strFormat('{} {1}', [1, 2], {}, hooks),
    (e) => e.message === 'cannot switch from automatic field numbering to manual field specification');
  assert.equal(strFormat('{:,}', [10n ** 20n], {}, hooks), '100,000,000,000,000,000,000');
});
