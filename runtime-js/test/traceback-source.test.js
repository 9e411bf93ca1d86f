// Source lines and position markers under traceback frames, as CPython 3.11's traceback.c prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceLine, sourceLinesOf } from '../src/internals/traceback-source.js';
import { spanAt } from '../src/internals/traceback.js';

const dir = mkdtempSync(join(tmpdir(), 'taipan-tb-'));
const file = join(dir, 'prog.py');
writeFileSync(file, [
  'def f(a, b):',
  '    return a + b',
  '    x = d["k"] + 1',
  '    return (a) // (b)',
  '    g(a)',
  '    m = "é😀 " + name   ',
  '    return f(',
  '        1)',
].join('\r\n') + '\r\n');

const span = (line, col, endLine, endCol, anchor = 0, a = 0, b = 0) => ({ line, col, endLine, endCol, anchor, a, b });

test('lines are read with universal newlines; past the end there is none', () => {
  assert.equal(sourceLine(file, 2), '    return a + b');
  assert.equal(sourceLine(file, 9), undefined);
  assert.equal(sourceLine(join(dir, 'missing.py'), 1), undefined);
});

test('a span that covers the whole stripped line has no markers', () => {
  assert.equal(sourceLinesOf(file, span(5, 4, 5, 8), 5, ''), '    g(a)\n');
});

test('a binary operator gets ~ under its operands and ^ under the operator', () => {
  assert.equal(sourceLinesOf(file, span(2, 11, 2, 16, 1, 12, 15), 2, ''), '    return a + b\n           ~~^~~\n');
  // After a closing parenthesis the scan goes on to the operator itself, two characters long.
  assert.equal(sourceLinesOf(file, span(4, 11, 4, 21, 1, 13, 17), 4, ''), '    return (a) // (b)\n           ~~~~^^~~~~\n');
});

test('a subscript gets ~ under its value and ^ from [ to ]', () => {
  assert.equal(sourceLinesOf(file, span(3, 8, 3, 14, 2, 9, 13), 3, ''), '    x = d["k"] + 1\n        ~^^^^^\n');
});

test('columns are UTF-8 offsets; markers count a character outside the BMP twice, as CPython does; trailing spaces stay', () => {
  // The string literal spans bytes 8 to 17, `name` bytes 20 to 24 (CPython 3.11 prints exactly this).
  assert.equal(sourceLinesOf(file, span(6, 8, 6, 24, 1, 17, 20), 6, ''), '    m = "é😀 " + name   \n        ~~~~~~~^~~~~~\n');
});

test('a span over several lines is marked to the end of its first line', () => {
  assert.equal(sourceLinesOf(file, span(7, 11, 8, 10), 7, ''), '    return f(\n           ^^\n');
});

test('the innermost marked range around a column gives the span', () => {
  const ranges = new Map([[3, [[0, 30, 1, 0, 1, 9, 0, 0, 0], [5, 12, 2, 4, 2, 6, 0, 0, 0]]]]);
  assert.deepEqual(spanAt(ranges, 3, 6), span(2, 4, 2, 6));
  assert.deepEqual(spanAt(ranges, 3, 13), span(1, 0, 1, 9));
  assert.equal(spanAt(ranges, 3, 31), undefined);
  assert.equal(spanAt(ranges, 4, 1), undefined);
});
