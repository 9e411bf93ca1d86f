import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { encode, decode, lookupCodec } from '../src/internals/codecs.js';
import { str } from '../src/internals/protocols.js';

const hex = (u8) => Buffer.from(u8).toString('hex');
const raises = (f, message) => assert.throws(f, (e) => str(e) === message);

// Expected values are CPython 3.11's.
test('codec names are normalised as CPython looks them up', () => {
  assert.equal(lookupCodec('UTF 8'), 'utf-8');
  assert.equal(lookupCodec('U8'), 'utf-8');
  assert.equal(lookupCodec('ISO-8859-1'), 'latin-1');
  assert.equal(lookupCodec('utf_16BE'), 'utf-16-be');
  raises(() => lookupCodec('nope'), 'unknown encoding: nope');
});

test('encoding with each error handler', () => {
  assert.equal(hex(encode('é€😀', 'utf-8', 'strict')), 'c3a9e282acf09f9880');
  assert.equal(hex(encode('é€', 'ascii', 'replace')), '3f3f');
  assert.equal(Buffer.from(encode('é€😀', 'ascii', 'backslashreplace')).toString(), '\\xe9\\u20ac\\U0001f600');
  assert.equal(Buffer.from(encode('é€😀', 'latin-1', 'xmlcharrefreplace')).toString('latin1'), '\xe9&#8364;&#128512;');
  assert.equal(hex(encode('a\udcff\udc80b', 'ascii', 'surrogateescape')), '61ff8062');
  assert.equal(hex(encode('a😀', 'utf-16', 'strict')), 'fffe61003dd800de');
  assert.equal(hex(encode('a', 'utf-32-be', 'strict')), '00000061');
  raises(() => encode('aé€', 'ascii', 'strict'), "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
  raises(() => encode('\ud800\udc00'.slice(0, 1) + 'x', 'utf-16-le', 'strict'),
    "'utf-16-le' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
  raises(() => encode('é', 'ascii', 'bogus'), "unknown error handler name 'bogus'");
});

test('decoding reports CPython error ranges and reasons', () => {
  const u8 = (...b) => Uint8Array.from(b);
  assert.equal(decode(u8(0xef, 0xbb, 0xbf, 0x61), 'utf-8', 'strict'), '\ufeffa');
  assert.equal(decode(u8(0x61, 0xe2, 0x82, 0x7a, 0xff), 'utf-8', 'replace'), 'a\ufffdz\ufffd');
  assert.equal(decode(u8(0x61, 0xff), 'utf-8', 'surrogateescape'), 'a\udcff');
  assert.equal(decode(u8(0x61, 0xff), 'ascii', 'backslashreplace'), 'a\\xff');
  raises(() => decode(u8(0xe2, 0x82), 'utf-8', 'strict'), "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
  raises(() => decode(u8(0xed, 0xa0, 0x80), 'utf-8', 'strict'), "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  raises(() => decode(u8(0x00, 0xd8, 0x61, 0x00), 'utf-16', 'strict'), "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate");
  raises(() => decode(u8(0x61, 0x00, 0x62), 'utf-16-le', 'strict'), "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data");
  raises(() => decode(u8(0, 0, 0x11, 0), 'utf-32', 'strict'), "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)");
  assert.equal(decode(u8(0xfe, 0xff, 0x00, 0x61), 'utf-16', 'strict'), 'a');
  raises(() => decode(u8(0xff), 'utf-8', 'xmlcharrefreplace'), "don't know how to handle UnicodeDecodeError in error callback");
});
