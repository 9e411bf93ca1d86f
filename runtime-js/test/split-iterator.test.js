import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { splitWords } from '../src/types/split-iterator.js';
import { strMethod_split } from '../src/types/str.js';

// The lazy words must be exactly str.split's list (whose own tests hold CPython's goldens).
const TEXTS = [
  '', ' ', '   ', 'a', 'a b', '  a  b  ', 'alpha1 beta2 gamma3', 'a\tb\nc\rd\x0be\x0cf',
  'x\x1cy\x1dz\x1ew\x1fv', 'p\x85q\xa0r\u1680s\u2000t\u200au\u2028v\u2029w\u202fx\u205fy\u3000z',
  '\u3000lead and trail\u3000', 'a,b,,c,', ',', ',,', 'no-sep-here', '\u{1F600}x\u{1F600}', 'x\ud800y',
  'a<>b<><>c<>', '\ud83d\ude00\ud83d',
];
const SEPS = [undefined, null, ',', '<>', ' ', 'x', '\ud83d', '\ude00', 'ab'];

test('splitWords yields what str.split returns, for every separator', () => {
  for (const s of TEXTS) {
    for (const sep of SEPS) {
      assert.deepEqual([...splitWords(s, sep)], strMethod_split(s, sep), `${JSON.stringify(s)}.split(${JSON.stringify(sep)})`);
    }
  }
});

test('splitWords declines what only the real call can answer', () => {
  assert.equal(splitWords(5), null);
  assert.equal(splitWords('abc', ''), null);
  assert.equal(splitWords('abc', 5), null);
  assert.equal(splitWords(['a b']), null);
});

test('an exhausted word iterator stays exhausted', () => {
  for (const sep of [undefined, ',']) {
    const it = splitWords('a,b c', sep);
    while (!it.next().done);
    assert.equal(it.next().done, true);
  }
});
