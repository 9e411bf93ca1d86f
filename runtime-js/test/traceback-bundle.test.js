// Frames of an optimised bundle (docs/optimizer.md): one table maps bundle positions to Python ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerBundle, pythonFrames } from '../src/internals/traceback.js';

const URL = 'file:///dist/app.js';
let calls = 0;
let urlReads = 0;
// The registration reads neither the URL nor the table.
registerBundle(() => {
  urlReads++;
  return URL;
}, () => {
  calls++;
  return {
    files: ['app.py', 'pkg/util.py'],
    names: ['', 'f$', '$listcomp', 'g$0'],
    // One span: line 2, columns 4 to 9, a binary operator whose left operand ends at 5 and right starts at 8.
    spans: [2, 4, 2, 9, 1, 5, 8],
    // Line 3 of the bundle: from column 10 app.py line 7 (module level), from 40 util.py line 2 in f
    // at the span, from 60 no Python position (runtime code), from 80 app.py line 9 in a list
    // comprehension.
    lines: { 2: [10, 0, 7, 0, 0, 40, 1, 2, 1, 1, 60, 0, 0, 0, 0, 80, 0, 9, 2, 0], 4: [0, 1, 5, 3, 0] },
  };
});

assert.equal(urlReads, 0);
assert.equal(calls, 0);

function stack(...frames) {
  return 'Error: x\n' + frames.map(([name, line, col]) => `    at ${name ? name + ' (' : ''}${URL}:${line}:${col}${name ? ')' : ''}`).join('\n');
}

test('bundle positions give the Python file, line and function, outermost first', () => {
  const frames = pythonFrames(stack(['a', 5, 3], ['b', 3, 85], ['c', 3, 61], ['d', 3, 45], [undefined, 3, 11]));
  assert.deepEqual(frames, [
    { file: 'app.py', line: 7, name: '<module>', pos: undefined },
    { file: 'pkg/util.py', line: 2, name: 'f', pos: { line: 2, col: 4, endLine: 2, endCol: 9, anchor: 1, a: 5, b: 8 } },
    { file: 'app.py', line: 9, name: '<listcomp>', pos: undefined },
    { file: 'pkg/util.py', line: 5, name: 'g', pos: undefined },
  ]);
});

test('positions before the first run, on unmapped lines or in runtime code are not Python frames', () => {
  assert.deepEqual(pythonFrames(stack(['a', 3, 5], ['b', 1, 1], ['c', 3, 70])), []);
});

test('the table is built once, when a traceback first needs it', () => {
  pythonFrames(stack(['a', 3, 11]));
  assert.equal(calls, 1);
});

test('the bundle URL is read once, when a stack is first read', () => {
  pythonFrames(stack(['a', 3, 11]));
  assert.equal(urlReads, 1);
});
