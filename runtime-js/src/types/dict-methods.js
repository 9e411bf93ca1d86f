// dict's methods and views: https://docs.python.org/3/library/stdtypes.html#dict

import { dictType, PyType, AttrDict, NotImplemented, objectType } from './type.js';
import { Tuple, makeTuple } from './tuple.js';
import { PyDict, DictView, dictUpdate, setDictProtocols, DELETED } from './dict.js';
import { pyError } from '../internals/errors.js';
import { repr, reprGuard, eq, truthy } from '../internals/protocols.js';
import { iterate, toArray, PyIterator, namedIterator } from '../internals/iteration.js';

const REVERSED_NAMES = { keys: 'dict_reversekeyiterator', values: 'dict_reversevalueiterator', items: 'dict_reverseitemiterator' };
import { call } from '../internals/call.js';
import { getitem, contains } from '../internals/subscript.js';

setDictProtocols({ call, iterate, toArray, getitem });

const NO_DEFAULT = Symbol('no default');

function dictRepr(self) {
  return reprGuard(self, '{...}', () => {
    const parts = [];
    for (const [k, v] of self.entries()) parts.push(repr(k) + ': ' + repr(v));
    return '{' + parts.join(', ') + '}';
  });
}

function dictEq(self, o) {
  if (!(o instanceof PyDict)) return NotImplemented;
  if (self.size !== o.size) return false;
  for (const [k, v] of self.entries()) {
    const i = o.find(k);
    if (i < 0) return false;
    const w = o.v[i];
    if (v !== w && !eq(v, w)) return false;
  }
  return true;
}

function update(self, ...args) {
  if (args.length > 1) throw pyError('TypeError', `update expected at most 1 argument, got ${args.length}`);
  if (args.length) dictUpdate(self, args[0]);
}

defineMethods(dictType, {
  keys: (self) => new DictView(self, 'keys'),
  values: (self) => new DictView(self, 'values'),
  items: (self) => new DictView(self, 'items'),
  get: (self, k, d) => self.get(k, d),
  pop(self, k, d) {
    if (arguments.length < 3) d = NO_DEFAULT;
    const i = self.find(k);
    if (i < 0) {
      if (d !== NO_DEFAULT) return d;
      return self.getItem(k);
    }
    const v = self.v[i];
    self.removeAt(i);
    return v;
  },
  popitem(self) {
    for (let i = self.k.length - 1; i >= 0; i--) {
      if (self.k[i] !== DELETED) {
        const key = self.k[i];
        const v = self.v[i];
        self.removeAt(i);
        return makeTuple([key, v]);
      }
    }
    throw pyError('KeyError', 'popitem(): dictionary is empty');
  },
  setdefault(self, k, d) {
    const i = self.find(k);
    if (i >= 0) return self.v[i];
    self.put(k, d);
    return d;
  },
  update,
  clear: (self) => self.clear(),
  copy: (self) => self.copy(),
  __len__: (self) => self.size,
  __getitem__: (self, k) => self.getItem(k),
  __setitem__: (self, k, v) => self.put(k, v),
  __delitem__: (self, k) => self.delItem(k),
  __contains__: (self, k) => self.find(k) >= 0,
  __iter__: (self) => new PyIterator(self.keys()),
  __repr__: dictRepr,
  __eq__: dictEq,
  __or__(self, o) {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = self.copy();
    dictUpdate(d, o);
    return d;
  },
  __ior__(self, o) {
    dictUpdate(self, o);
    return self;
  },
  __init__(self, ...args) {
    update(self, ...args);
  },
  __hash__: undefined,
  // In the class's dict as in CPython's, where collections.abc.Reversible looks for it.
  __reversed__: (self) => namedIterator(new PyIterator(Array.from(self.keys()).reverse()[Symbol.iterator]()), 'dict_reversekeyiterator'),
  fromkeys: null,
});
update.$kw = (args, kw) => {
  update(...args);
  for (const k in kw) args[0].put(k, kw[k]);
};
dictType.$dict.__init__.$kw = update.$kw;

function fromkeys(cls, it, v) {
  const d = cls === dictType ? new PyDict() : call(cls);
  for (const k of iterate(it)) d.put(k, v);
  return d;
}
import { ClassMethod, callMethod } from '../internals/attribute.js';
import { PySet } from './set.js';
import { defineMethods } from '../internals/method-table.js';

function setFrom(it) {
  const s = new PySet();
  for (const x of it) s.add(x);
  return s;
}
dictType.$dict.fromkeys = new ClassMethod(fromkeys);

dictType.$new = (args, kw) => {
  if (args.length > 1) throw pyError('TypeError', `dict expected at most 1 argument, got ${args.length}`);
  const d = new PyDict();
  if (args.length) dictUpdate(d, args[0]);
  if (kw !== null) for (const k in kw) d.put(k, kw[k]);
  return d;
};
dictType.$make = (cls) => {
  const d = new PyDict();
  d.$cls = cls;
  return d;
};

function viewType(name, kind) {
  const t = new PyType(name, [objectType], new AttrDict());
  Object.assign(t.$dict, {
    __len__: (self) => self.d.size,
    __iter__: (self) => new PyIterator(self.$iter()),
    __contains__(self, x) {
      if (kind === 'keys') return self.d.find(x) >= 0;
      if (kind === 'items') {
        // CPython's dictitems_contains: a 2-tuple whose key is looked up (so an unhashable
        // key raises) and whose value is compared with the one found.
        if (!(x instanceof Tuple) || x.items.length !== 2) return false;
        const i = self.d.find(x.items[0]);
        if (i < 0) return false;
        const v = self.d.v[i];
        return v === x.items[1] || eq(v, x.items[1]);
      }
      for (const y of self.$iter()) if (y === x || eq(y, x)) return true;
      return false;
    },
    __repr__: (self) => `${name}([${Array.from(self.$iter(), repr).join(', ')}])`,
    __reversed__: (self) => namedIterator(new PyIterator(Array.from(self.$iter()).reverse()[Symbol.iterator]()), REVERSED_NAMES[kind]),
  });
  if (kind !== 'values') {
    const asSet = (v) => setFrom(v.$iter());
    const other = (o) => (o instanceof DictView ? setFrom(o.$iter()) : o);
    Object.assign(t.$dict, {
      __hash__: undefined,
      __and__: (self, o) => callMethod(asSet(self), 'intersection', other(o)),
      __or__: (self, o) => callMethod(asSet(self), 'union', other(o)),
      __sub__: (self, o) => callMethod(asSet(self), 'difference', other(o)),
      __xor__: (self, o) => callMethod(asSet(self), 'symmetric_difference', other(o)),
      __rand__: (self, o) => callMethod(asSet(self), 'intersection', other(o)),
      // CPython's number slots take the operands in order: `[1] | d.keys()` starts from the list.
      __ror__: (self, o) => callMethod(setFrom(iterate(o)), 'union', asSet(self)),
      __rsub__: (self, o) => callMethod(setFrom(iterate(o)), 'difference', asSet(self)),
      __rxor__: (self, o) => callMethod(setFrom(iterate(o)), 'symmetric_difference', asSet(self)),
      isdisjoint: (self, o) => callMethod(asSet(self), 'isdisjoint', other(o)),
    });
    // CPython's dictview_richcompare: against a set, a frozenset or a keys/items view, by
    // sizes and containment (each element looked up with `in` on the other side).
    const comparable = (o) => o instanceof PySet || (o instanceof DictView && o.kind !== 'values');
    const containedIn = (a, b) => {
      for (const x of iterate(a)) if (!contains(b, x)) return false;
      return true;
    };
    const compare = (test) => (self, o) => (comparable(o) ? test(self.d.size, o instanceof DictView ? o.d.size : o.size, self, o) : NotImplemented);
    Object.assign(t.$dict, {
      __eq__: compare((n, m, a, b) => n === m && containedIn(a, b)),
      __ne__: compare((n, m, a, b) => !(n === m && containedIn(a, b))),
      __lt__: compare((n, m, a, b) => n < m && containedIn(a, b)),
      __le__: compare((n, m, a, b) => n <= m && containedIn(a, b)),
      __gt__: compare((n, m, a, b) => n > m && containedIn(b, a)),
      __ge__: compare((n, m, a, b) => n >= m && containedIn(b, a)),
    });
  }
  return t;
}
const viewTypes = {
  keys: viewType('dict_keys', 'keys'),
  values: viewType('dict_values', 'values'),
  items: viewType('dict_items', 'items'),
};
Object.defineProperty(DictView.prototype, '$cls', {
  get() {
    return viewTypes[this.kind];
  },
});

export { PyDict, truthy, contains, Tuple };
