// BaseExceptionGroup / ExceptionGroup and `except*` (PEP 654):
// https://docs.python.org/3/library/exceptions.html#exception-groups
// Follows CPython 3.11's Objects/exceptions.c (construction rules, split/subgroup/derive and the
// metadata they copy) and ceval.c's except* steps (exception_group_match, then
// _PyExc_PrepReraiseStar to decide what propagates after the handlers ran).

import { PyType, typeOf, lookup, isSubtype } from './type.js';
import { makeTuple, Tuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { PyProperty, StaticMethod, ClassMethod, getattr } from '../internals/attribute.js';
import { toArray } from '../internals/iteration.js';
import { genericAlias, classGetitemNamed } from './generic-alias.js';
import { truthy } from '../internals/protocols.js';
import {
  defineException, BaseException, Exception, exceptionTypes, isException, exceptionMatches,
} from './exceptions.js';
import { tupleItemsOf, strValueOf } from './value-subclass.js';
import { instanceGet, instanceSet, instanceHas, NO_ATTR } from '../internals/instance-attrs.js';

function isGroup(e) {
  return isException(e) && isSubtype(e.$cls, BaseExceptionGroup);
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(x) {
  if (Array.isArray(x) || x instanceof Tuple || typeof x === 'string') return true;
  if (x === null || x === undefined || typeof x !== 'object') return false;
  const t = typeOf(x);
  return lookup(t, '__getitem__') !== undefined && !t.$mro.some((c) => c.__name__ === 'dict' && c.__module__ === 'builtins');
}

function groupNew(cls, ...args) {
  if (args.length !== 2) {
    throw pyError('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, exceptions] = args;
  if (typeof message !== 'string' && strValueOf(message) === undefined) throw pyError('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).__name__}`);
  if (!isSequence(exceptions)) throw pyError('TypeError', 'second argument (exceptions) must be a sequence');
  const excs = toArray(exceptions);
  if (excs.length === 0) throw pyError('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!isException(e)) throw pyError('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(e.$cls, Exception)) nestedBase = true;
  });
  if (cls === BaseExceptionGroup) {
    if (!nestedBase) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (nestedBase) throw pyError('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestedBase && isSubtype(cls, Exception)) {
    throw pyError('TypeError', `Cannot nest BaseExceptions in '${cls.__name__}'`);
  }
  const self = cls.$make(cls);
  self.$args = makeTuple([message, exceptions]);
  self.$message = message;
  self.$excs = makeTuple(excs);
  return self;
}

const BY_TYPE = 0;
const PREDICATE = 1;
const INSTANCE_IDS = 2;

function matcherType(value) {
  if (typeof value === 'function' || (value !== null && typeof value === 'object' && !(value instanceof PyType)
      && tupleItemsOf(value) === undefined && lookup(typeOf(value), '__call__') !== undefined)) {
    return PREDICATE;
  }
  if (value instanceof PyType && value.$isException === true) return BY_TYPE;
  const items = tupleItemsOf(value);
  if (items !== undefined && items.every((t) => t instanceof PyType && t.$isException === true)) return BY_TYPE;
  throw pyError('TypeError', 'expected a function, exception type or tuple of exception types');
}

function matches(exc, type, value) {
  switch (type) {
    case BY_TYPE: return exceptionMatches(exc, value);
    case PREDICATE: return truthy(call(value, exc));
    default: return value.has(exc);
  }
}

/** exceptiongroup_subset: `orig.derive(excs)` with orig's cause, context, traceback and a copy of its notes. */
function subset(orig, excs) {
  if (excs.length === 0) return undefined;
  const eg = call(getattr(orig, 'derive'), excs);
  if (!isGroup(eg)) throw pyError('TypeError', 'derive must return an instance of BaseExceptionGroup');
  eg.$cause = orig.$cause;
  eg.$context = orig.$context;
  // PyException_SetCause, which exceptiongroup_subset calls, also sets __suppress_context__.
  eg.$suppressContext = true;
  eg.$traceback = orig.$traceback;
  if (instanceHas(orig, '__notes__')) {
    const notes = instanceGet(orig, '__notes__');
    instanceSet(eg, '__notes__', isSequence(notes) ? toArray(notes).slice() : notes);
  }
  return eg;
}

/** exceptiongroup_split_recursive: `[match, rest]` (each undefined when empty). */
function splitRecursive(exc, type, value, constructRest) {
  if (matches(exc, type, value)) return [exc, undefined];
  if (!isGroup(exc)) return [undefined, constructRest ? exc : undefined];
  const matchList = [];
  const restList = [];
  for (const e of exc.$excs.items) {
    const [m, r] = splitRecursive(e, type, value, constructRest);
    if (m !== undefined) matchList.push(m);
    if (r !== undefined) restList.push(r);
  }
  return [subset(exc, matchList), constructRest ? subset(exc, restList) : undefined];
}

function self(x, name) {
  if (isGroup(x)) return x;
  throw pyError('TypeError', `descriptor '${name}' requires a 'BaseExceptionGroup' object but received a '${typeOf(x).__name__}'`);
}

export const BaseExceptionGroup = defineException('BaseExceptionGroup', [BaseException], {
  __new__: new StaticMethod(groupNew),
  __init__(s, ...args) {
    s.$args = makeTuple(args);
  },
  __str__(s) {
    const g = self(s, '__str__');
    const n = g.$excs.items.length;
    return `${typeof g.$message === 'string' ? g.$message : strValueOf(g.$message)} (${n} sub-exception${n > 1 ? 's' : ''})`;
  },
  derive(s, excs) {
    return BaseExceptionGroup.$call([self(s, 'derive').$message, excs], null);
  },
  split(s, condition) {
    const g = self(s, 'split');
    const [m, r] = splitRecursive(g, matcherType(condition), condition, true);
    return makeTuple([m, r]);
  },
  subgroup(s, condition) {
    const g = self(s, 'subgroup');
    return splitRecursive(g, matcherType(condition), condition, false)[0];
  },
  message: new PyProperty((s) => self(s, 'message').$message),
  exceptions: new PyProperty((s) => self(s, 'exceptions').$excs),
  // `ExceptionGroup[ValueError]` (PEP 585), a GenericAlias as CPython's.
  __class_getitem__: new ClassMethod(classGetitemNamed((cls, item) => genericAlias(cls, item))),
});
export const ExceptionGroup = defineException('ExceptionGroup', [BaseExceptionGroup, Exception]);
exceptionTypes.BaseExceptionGroup = BaseExceptionGroup;
exceptionTypes.ExceptionGroup = ExceptionGroup;

// ---------------------------------------------------------------------------------------
// except*

/** The state of one `try ... except*` while its handlers run. */
class StarState {
  constructor(orig) {
    this.orig = orig;
    this.rest = orig;
    /** exceptions raised by handlers, then `rest`, as CPython's list for _PyExc_PrepReraiseStar */
    this.raised = [];
  }
}

/** Starts matching the exception `exc` that the `try` body raised. */
export function starBegin(exc) {
  return new StarState(exc);
}

function checkStarType(t) {
  const items = tupleItemsOf(t);
  for (const x of items === undefined ? [t] : items) {
    if (!(x instanceof PyType) || x.$isException !== true) {
      throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
    if (isSubtype(x, BaseExceptionGroup)) {
      throw pyError('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/** `except* T`: the part of what is left that matches T (undefined when none), which the handler receives. */
export function starMatch(state, t) {
  checkStarType(t);
  const exc = state.rest;
  if (exc === undefined) return undefined;
  if (exceptionMatches(exc, t)) {
    state.rest = undefined;
    if (isGroup(exc)) return exc;
    const wrapped = BaseExceptionGroup.$call(['', makeTuple([exc])], null);
    wrapped.$traceback = exc.$traceback;
    wrapped.$stack = exc.$stack;
    return wrapped;
  }
  if (isGroup(exc)) {
    const pair = call(getattr(exc, 'split'), t);
    const [m, r] = tupleItemsOf(pair);
    state.rest = r;
    return m;
  }
  return undefined;
}

/** An exception a handler raised (or re-raised). */
export function starRaised(state, e) {
  state.raised.push(e);
}

function sameMetadata(a, b) {
  return notesOf(a) === notesOf(b) && a.$traceback === b.$traceback && a.$cause === b.$cause
    && a.$context === b.$context;
}

function notesOf(e) {
  const n = instanceGet(e, '__notes__');
  return n === NO_ATTR ? undefined : n;
}

function collectLeaves(e, out) {
  if (e === undefined) return;
  if (isGroup(e)) for (const x of e.$excs.items) collectLeaves(x, out);
  else out.add(e);
}

/** _PyExc_PrepReraiseStar: what propagates after the handlers (undefined when everything was handled). */
export function starResult(state) {
  const orig = state.orig;
  const excs = state.raised.concat([state.rest]);
  if (!isGroup(orig)) return excs.find((e) => e !== undefined);
  const raised = [];
  const reraised = [];
  for (const e of excs) {
    if (e === undefined) continue;
    if (sameMetadata(e, orig)) reraised.push(e);
    else raised.push(e);
  }
  const leaves = new Set();
  for (const e of reraised) collectLeaves(e, leaves);
  const reraisedGroup = leaves.size === 0 ? undefined : splitRecursive(orig, INSTANCE_IDS, leaves, false)[0];
  if (raised.length === 0) return reraisedGroup;
  if (reraisedGroup !== undefined) raised.push(reraisedGroup);
  if (raised.length === 1) return raised[0];
  return BaseExceptionGroup.$call(['', raised], null);
}

