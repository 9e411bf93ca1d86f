import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { callMethod, getattr } from '../src/internals/attribute.js';
import { repr, str } from '../src/internals/protocols.js';
import { makeFloat } from '../src/types/float.js';
import { math } from '../src/modules/math-module.js';
import { makeClass } from '../src/types/object.js';
import { AttrDict } from '../src/types/type.js';
import { call, defineFunction } from '../src/internals/call.js';

const r = (v, name, ...args) => repr(callMethod(v, name, ...args));

test('int and float have their unary special methods, with the operators\' results', () => {
  assert.equal(r(3.5, '__floor__'), '3');
  assert.equal(r(-3.5, '__ceil__'), '-3');
  assert.equal(r(-3.5, '__trunc__'), '-3');
  assert.equal(r(2.5, '__round__'), '2');
  assert.equal(r(2.675, '__round__', 2), '2.67');
  assert.equal(r(-3.5, '__abs__'), '3.5');
  assert.equal(r(makeFloat(0), '__bool__'), 'False');
  assert.equal(r(makeFloat(1e300), '__floor__'), BigInt(1e300).toString());
  assert.equal(r(7, '__round__', -1), '10');
  assert.equal(r(7, '__invert__'), '-8');
  assert.equal(r(true, '__neg__'), '-1');
  assert.equal(r(-7, '__abs__'), '7');
});

test('math.floor and math.ceil use __floor__ / __ceil__, then __float__; math.trunc needs __trunc__', () => {
  const fn = (name, f) => defineFunction(f, name, ['self'], 0, []);
  const ns = Object.assign(new AttrDict(), {
    __floor__: fn('F.__floor__', () => 'floor'),
    __float__: fn('F.__float__', () => 2.5),
  });
  const F = makeClass('F', [], ns, 'F', '__main__', null);
  const x = call(F);
  const floor = getattr(math, 'floor');
  const ceil = getattr(math, 'ceil');
  assert.equal(call(floor, x), 'floor');
  assert.equal(call(ceil, x), 3);
  assert.throws(() => call(getattr(math, 'trunc'), x), (e) => str(e) === "type F doesn't define __trunc__ method");
  assert.equal(call(floor, -2.5), -3);
});
