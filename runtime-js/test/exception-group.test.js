import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import {
  ExceptionGroup, BaseExceptionGroup, starBegin, starMatch, starRaised, starResult,
} from '../src/types/exception-group.js';
import { ValueError, TypeError, KeyboardInterrupt } from '../src/types/exceptions.js';
import { repr, str } from '../src/internals/protocols.js';
import { callMethod } from '../src/internals/attribute.js';
import { tupleItemsOf } from '../src/types/value-subclass.js';

const make = (t, ...args) => t.$call(args, null);

test('BaseExceptionGroup picks ExceptionGroup when every member is an Exception', () => {
  assert.equal(make(BaseExceptionGroup, 'x', [make(ValueError, 1)]).$cls, ExceptionGroup);
  assert.equal(make(BaseExceptionGroup, 'x', [make(KeyboardInterrupt)]).$cls, BaseExceptionGroup);
  assert.equal(str(make(ExceptionGroup, 'm', [make(ValueError, 1), make(TypeError, 2)])), 'm (2 sub-exceptions)');
});

test('split keeps the nesting and derives both parts', () => {
  const inner = make(ExceptionGroup, 'inner', [make(TypeError, 2), make(ValueError, 3)]);
  const eg = make(ExceptionGroup, 'outer', [make(ValueError, 1), inner]);
  const [m, r] = tupleItemsOf(callMethod(eg, 'split', ValueError));
  assert.equal(repr(m), "ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])");
  assert.equal(repr(r), "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])])");
});

test('except* hands each clause its part and lets the unmatched rest propagate', () => {
  const eg = make(ExceptionGroup, 'g', [make(ValueError, 1), make(TypeError, 2)]);
  const st = starBegin(eg);
  assert.equal(repr(starMatch(st, ValueError)), "ExceptionGroup('g', [ValueError(1)])");
  assert.equal(repr(starResult(st)), "ExceptionGroup('g', [TypeError(2)])");
});

test('a naked exception is wrapped for the handler, and a new exception from a handler propagates alone', () => {
  const st = starBegin(make(ValueError, 'v'));
  assert.equal(repr(starMatch(st, ValueError)), "ExceptionGroup('', (ValueError('v'),))");
  starRaised(st, make(TypeError, 't'));
  assert.equal(repr(starResult(st)), "TypeError('t')");
});
