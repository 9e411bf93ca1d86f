import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyRegExp } from '../src/internals/lazy-regexp.js';

test('lazyRegExp makes one RegExp, on the first call', () => {
  const get = lazyRegExp(String.raw`^\p{Nd}$`, 'u');
  const re = get();
  assert.ok(re instanceof RegExp);
  assert.equal(get(), re);
  assert.equal(re.source, String.raw`^\p{Nd}$`);
  assert.equal(re.flags, 'u');
});

test('lazyRegExp matches as the literal does, over every BMP code point and some astral ones', () => {
  const pairs = [
    [lazyRegExp(String.raw`^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$`, 'u'), /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u],
    [lazyRegExp(String.raw`^\p{XID_Continue}$`, 'u'), /^\p{XID_Continue}$/u],
    [lazyRegExp(String.raw`^[\p{XID_Start}_]$`, 'u'), /^[\p{XID_Start}_]$/u],
  ];
  const points = [];
  for (let cp = 0; cp < 0x10000; cp += 7) points.push(cp);
  points.push(0x1d7ce, 0x1f600, 0x10ffff, 0xe0001, 0x20000);
  for (const [lazy, literal] of pairs) {
    for (const cp of points) {
      const c = String.fromCodePoint(cp);
      assert.equal(lazy().test(c), literal.test(c), `${literal} on U+${cp.toString(16)}`);
    }
  }
});

test('a global lazy RegExp used by replace leaves no state behind', () => {
  const digits = lazyRegExp(String.raw`\p{Nd}`, 'gu');
  assert.equal('a١b٢'.replace(digits(), 'D'), 'aDbD');
  assert.equal(digits().lastIndex, 0);
  assert.equal('٣x'.replace(digits(), 'D'), 'Dx');
});
