// open()'s file objects (builtins/open.js, types/text-file.js, types/binary-file.js): the
// cases the conformance programs reach only with large files, checked against what CPython 3.11
// returns for the same bytes (values noted beside each assertion).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../src/internals/startup.js';
import { open } from '../src/builtins/open.js';
import { callMethod } from '../src/internals/attribute.js';
import { repr } from '../src/internals/protocols.js';

const dir = mkdtempSync(join(tmpdir(), 'taipan-file-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const m = (f, name, ...args) => callMethod(f, name, ...args);

test('a character split across the 8192-byte chunks decodes whole, and tell counts bytes', () => {
  const p = join(dir, 'split.txt');
  writeFileSync(p, 'a'.repeat(8191) + 'é\nz');
  const f = open(p);
  assert.equal([...m(f, 'readline')].length, 8193);
  assert.equal(m(f, 'tell'), 8194);
  assert.equal(m(f, 'read'), 'z');
  m(f, 'close');
});

test("'\\r' at the end of a chunk waits for the next one before it ends a line", () => {
  const p = join(dir, 'cr.txt');
  writeFileSync(p, 'b'.repeat(8191) + '\r\nnext\r');
  const f = open(p);
  assert.equal(m(f, 'readline'), 'b'.repeat(8191) + '\n');
  assert.equal(m(f, 'tell'), 8193);
  assert.equal(m(f, 'readline'), 'next\n');
  assert.equal(m(f, 'readline'), '');
  m(f, 'close');
});

test("in 'r+' a write after readline lands where the text layer's reads stopped (the end of a small file)", () => {
  const p = join(dir, 'rplus.txt');
  writeFileSync(p, 'one\ntwo\n');
  const f = open(p, 'r+');
  assert.equal(m(f, 'readline'), 'one\n');
  m(f, 'write', 'X');
  m(f, 'close');
  assert.equal(readFileSync(p, 'utf8'), 'one\ntwo\nX'); // CPython 3.11: 'one\ntwo\nX'
});

test('binary lines longer than a chunk are read whole', () => {
  const p = join(dir, 'long.bin');
  writeFileSync(p, Buffer.concat([Buffer.alloc(20000, 0x41), Buffer.from('\nB')]));
  const f = open(p, 'rb');
  assert.equal(m(f, 'readline').data.length, 20001);
  assert.equal(m(f, 'tell'), 20001);
  assert.equal(repr(m(f, 'read')), "b'B'");
  m(f, 'close');
});

test('a file opened for writing reaches the disk at each write', () => {
  const p = join(dir, 'through.txt');
  const f = open(p, 'w');
  m(f, 'write', 'abc\n');
  assert.equal(readFileSync(p, 'utf8'), 'abc\n');
  m(f, 'close');
  assert.equal(repr(f), `<_io.TextIOWrapper name='${p}' mode='w' encoding='UTF-8'>`);
});
