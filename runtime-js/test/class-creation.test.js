import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { typeType, typeOf, dictType } from '../src/types/type.js';
import { prepareClass, makeClass, typeCall3 } from '../src/types/class-creation.js';
import { call, callKw, defineFunction } from '../src/internals/call.js';
import { getattr, setattr, ClassMethod } from '../src/internals/attribute.js';
import { PyDict, dictOf } from '../src/types/dict.js';
import { makeTuple } from '../src/types/tuple.js';
import { repr } from '../src/internals/protocols.js';
import { isinstance } from '../src/builtins/reflection.js';

function fn(name, params, body) {
  return defineFunction(body, name, params, 0, [], null, '__main__');
}

/** A class statement as the emitted code runs it: prepare, fill the body, make. */
function classStatement(name, bases, kw, body) {
  const ns = prepareClass(name, bases, kw, '__main__', name);
  body(ns);
  return makeClass(name, bases, ns, name, '__main__', kw);
}

function typeError(f, message) {
  assert.throws(f, (e) => e.$cls?.__name__ === 'TypeError' && String(e.$args.items[0]) === message);
}

test('a metaclass makes the class, and its methods and repr apply to the class', () => {
  const Meta = classStatement('Meta', [typeType], null, (ns) => {
    ns.describe = fn('Meta.describe', ['cls'], (cls) => 'class ' + cls.__name__);
    ns.__repr__ = fn('Meta.__repr__', ['cls'], (cls) => '<Meta ' + cls.__name__ + '>');
  });
  const A = classStatement('A', [], { __proto__: null, metaclass: Meta }, (ns) => { ns.x = 1; });
  assert.equal(typeOf(A), Meta);
  assert.equal(call(getattr(A, 'describe')), 'class A');
  assert.equal(repr(A), '<Meta A>');
  const B = classStatement('B', [A], null, () => {});
  assert.equal(typeOf(B), Meta, 'the metaclass is inherited from the bases');
  assert.equal(isinstance(call(B), A), true);
});

test('metaclasses of unrelated bases conflict with CPython message', () => {
  const M1 = classStatement('M1', [typeType], null, () => {});
  const M2 = classStatement('M2', [typeType], null, () => {});
  const A = classStatement('A', [], { __proto__: null, metaclass: M1 }, () => {});
  const B = classStatement('B', [], { __proto__: null, metaclass: M2 }, () => {});
  typeError(() => prepareClass('C', [A, B], null, '__main__', 'C'),
    'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
});

test('a __prepare__ mapping receives the body writes, __module__ and __qualname__ first', () => {
  const seen = [];
  const Recording = classStatement('Recording', [dictType], null, (ns) => {
    ns.__setitem__ = fn('Recording.__setitem__', ['self', 'k', 'v'], (self, k, v) => {
      seen.push(k);
      self.setItem(k, v);
    });
  });
  const Meta = classStatement('Meta', [typeType], null, (ns) => {
    ns.__prepare__ = new ClassMethod(fn('Meta.__prepare__', ['mcs', 'name', 'bases'], () => call(Recording)));
  });
  const C = classStatement('C', [], { __proto__: null, metaclass: Meta }, (ns) => {
    ns.a = 1;
    ns.b = ('a' in ns ? ns.a : undefined) + 1;
  });
  assert.deepEqual(seen, ['__module__', '__qualname__', 'a', 'b']);
  assert.equal(getattr(C, 'b'), 2);
});

test('type(name, bases, dict) checks its arguments and names the calling module', () => {
  const X = typeCall3('X', makeTuple([]), dictOf('v', 3), 'app.models');
  assert.equal(repr(X), "<class 'app.models.X'>");
  assert.equal(getattr(X, 'v'), 3);
  typeError(() => typeCall3(1, makeTuple([]), new PyDict(), 'm'), 'type.__new__() argument 1 must be str, not int');
  typeError(() => typeCall3('X', [], new PyDict(), 'm'), 'type.__new__() argument 2 must be tuple, not list');
  typeError(() => call(typeType, 'X', makeTuple([])), 'type() takes 1 or 3 arguments');
});

test('object.__init_subclass__ refuses keywords naming the new class', () => {
  typeError(() => classStatement('K', [], { __proto__: null, flag: 1 }, () => {}),
    'K.__init_subclass__() takes no keyword arguments');
});

test('a metaclass __call__ replaces construction; setattr on the class goes through the metaclass', () => {
  const log = [];
  const Meta = classStatement('Meta', [typeType], null, (ns) => {
    ns.__call__ = fn('Meta.__call__', ['cls', '*args', '**kw'], (cls, args, kw) => `called with ${args.items.length}`);
    ns.__setattr__ = fn('Meta.__setattr__', ['cls', 'k', 'v'], (cls, k, v) => { log.push(k); });
  });
  const A = classStatement('A', [], { __proto__: null, metaclass: Meta }, () => {});
  assert.equal(call(A, 1, 2), 'called with 2');
  assert.equal(callKw(A, [1], ['k'], [2]), 'called with 1');
  setattr(A, 'y', 5);
  assert.deepEqual(log, ['y']);
});

test('an abstract class cannot be instantiated', () => {
  const A = classStatement('A', [], null, () => {});
  setattr(A, '__abstractmethods__', makeTuple(['run', 'go']));
  typeError(() => call(A), "Can't instantiate abstract class A with abstract methods go, run");
  setattr(A, '__abstractmethods__', makeTuple([]));
  assert.equal(typeOf(call(A)), A);
});
