// types.UnionType (PEP 604: `int | str`):
// https://docs.python.org/3/library/stdtypes.html#types-union
// Follows CPython 3.11's Objects/unionobject.c: `X | Y` of classes, None, aliases and unions
// flattens and de-duplicates (by identity, by equality for aliases), None becomes NoneType, a
// single remaining argument is returned itself; equality and hash are those of the frozenset of
// the arguments. isinstance()/issubclass() read the arguments (builtins/reflection.js).

import { PyObject, PyType, AttrDict, objectType, typeType, noneType, frozensetType, NotImplemented, typeOf } from './type.js';
import { makeTuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { hash, eq } from '../internals/protocols.js';
import { PyProperty } from '../internals/attribute.js';
import { or_ as numberOr } from '../internals/arith.js';
import {
  PyGenericAlias, isUnionable, setUnionOr, reprItem, makeParameters, substituteParameters,
} from './generic-alias.js';

export const unionType = new PyType('UnionType', [objectType], new AttrDict(), 'types');
unionType.$dictless = true;

/** A `types.UnionType`; `$unionArgs` is the array of its arguments. */
export class PyUnion extends PyObject {
  constructor(args) {
    super(unionType);
    this.$unionArgs = args;
    this.$parameters = null;
  }
}

function flatten(items) {
  const out = [];
  for (const x of items) {
    if (x instanceof PyUnion) out.push(...x.$unionArgs);
    else out.push(x === undefined || x === null ? noneType : x);
  }
  return out;
}

/** CPython's make_union: the flattened, de-duplicated arguments; one argument stands for itself. */
export function makeUnion(items) {
  const out = [];
  for (const x of flatten(items)) {
    const dup = out.some((y) => (x instanceof PyGenericAlias && y instanceof PyGenericAlias ? eq(x, y) : x === y));
    if (!dup) out.push(x);
  }
  if (out.length === 1) return out[0];
  return new PyUnion(out);
}

/** `a | b` where both are unionable, else NotImplemented (CPython's _Py_union_type_or). */
export function unionOr(a, b) {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  return makeUnion([a, b]);
}
setUnionOr(unionOr);

function self(u, what) {
  if (!(u instanceof PyUnion)) {
    throw pyError('TypeError', `descriptor '${what}' for 'types.UnionType' objects doesn't apply to a '${typeOf(u).__name__}' object`);
  }
  return u;
}

function parametersOf(u) {
  if (u.$parameters === null) u.$parameters = makeParameters(u.$unionArgs);
  return u.$parameters;
}

const frozen = (u) => call(frozensetType, makeTuple(u.$unionArgs));

Object.assign(unionType.$dict, {
  __repr__: (u) => self(u, '__repr__').$unionArgs.map((p) => (p === noneType ? 'None' : reprItem(p))).join(' | '),
  __hash__: (u) => hash(frozen(self(u, '__hash__'))),
  __eq__(u, other) {
    if (!(other instanceof PyUnion)) return NotImplemented;
    return eq(frozen(u), frozen(other));
  },
  __ne__(u, other) {
    if (!(other instanceof PyUnion)) return NotImplemented;
    return !eq(frozen(u), frozen(other));
  },
  __or__: (u, other) => unionOr(u, other),
  __ror__: (u, other) => unionOr(other, u),
  __getitem__(u, item) {
    const args = substituteParameters(u, self(u, '__getitem__').$unionArgs, parametersOf(u).items, item);
    if (args.length === 0) return makeUnion(args);
    let res = args[0];
    for (let i = 1; i < args.length; i++) res = numberOr(res, args[i]);
    return res;
  },
  __args__: new PyProperty((u) => makeTuple(self(u, '__args__').$unionArgs)),
  __parameters__: new PyProperty((u) => parametersOf(self(u, '__parameters__'))),
});

Object.assign(typeType.$dict, {
  __or__: (a, b) => unionOr(a, b),
  __ror__: (a, b) => unionOr(b, a),
});
