// The `File "f.py", line N` / text / caret lines CPython 3.11 prints for an uncaught exception that
// has a `print_file_and_line` attribute (every SyntaxError), after its traceback and in place of
// its str(): Python/pythonrun.c's print_exception_file_and_line, parse_syntax_error and
// print_error_text. Offsets are UTF-8 byte offsets, as there.

import { getattr, hasattr } from './attribute.js';
import { str as strOf } from './protocols.js';
import { typeOf, isSubtype } from '../types/type.js';
import { SyntaxError } from '../types/exceptions.js';
import { intValueOf, strValueOf } from '../types/value-subclass.js';

const SSIZE_MAX = 2n ** 63n - 1n;

/** PyLong_AsSsize_t: an int (bool and int subclasses included) in range, else undefined (the parse fails). */
function asSsize(v) {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v >= -SSIZE_MAX - 1n && v <= SSIZE_MAX ? Number(v) : undefined;
  const i = v instanceof Object ? intValueOf(v) : undefined;
  return i === undefined ? undefined : asSsize(i);
}

/** A member that may be missing or None: `fallback` then; undefined when it is not an int. */
function optionalSsize(e, name, fallback) {
  let v;
  try {
    v = getattr(e, name);
  } catch (_) {
    return fallback;
  }
  return v === undefined ? fallback : asSsize(v);
}

/** parse_syntax_error: the location members, or undefined when one of them cannot be read. */
function parseSyntaxError(e) {
  try {
    const message = getattr(e, 'msg');
    const file = getattr(e, 'filename');
    const filename = file === undefined ? '<string>' : strOf(file);
    const lineno = asSsize(getattr(e, 'lineno'));
    if (lineno === undefined) return undefined;
    const rawOffset = getattr(e, 'offset');
    const offset = rawOffset === undefined ? -1 : asSsize(rawOffset);
    if (offset === undefined) return undefined;
    let endLineno = lineno;
    let endOffset = -1;
    if (typeOf(e) === SyntaxError) {
      endLineno = optionalSsize(e, 'end_lineno', lineno);
      endOffset = optionalSsize(e, 'end_offset', -1);
      if (endLineno === undefined || endOffset === undefined) return undefined;
    }
    const text = getattr(e, 'text');
    return { message, filename, lineno, offset, endLineno, endOffset, text };
  } catch (_) {
    return undefined;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** print_error_text: the source text, without its indentation, and the carets under the offsets. */
function errorText(offsetIn, endOffset, bytes) {
  const caretRepetitions = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1;
  let offset = offsetIn - 1;
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)) {
    start++;
    offset--;
  }
  let text = bytes.subarray(start);
  let len = text.length;
  if (len > 0 && text[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    text = text.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = '    ' + decoder.decode(text);
  if (text[len] !== 0x0a) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n';
}

/**
 * For an exception printed with its location: `{ lines, message }`, the location lines and the
 * value whose str() ends the report (the `msg` member); undefined for any other exception.
 */
export function syntaxLocation(e) {
  let has;
  try {
    has = isSubtype(typeOf(e), SyntaxError) || hasattr(e, 'print_file_and_line');
  } catch (_) {
    return undefined;
  }
  if (!has) return undefined;
  const p = parseSyntaxError(e);
  if (p === undefined) return undefined;
  let lines = `  File "${p.filename}", line ${p.lineno}\n`;
  const text = typeof p.text === 'string' ? p.text : p.text instanceof Object ? strValueOf(p.text) : undefined;
  if (text !== undefined) {
    let bytes = encoder.encode(text);
    // A C string ends at its first NUL.
    const nul = bytes.indexOf(0);
    if (nul >= 0) bytes = bytes.subarray(0, nul);
    const lineSize = encoder.encode(text).length;
    let endOffset = p.endOffset;
    if (p.endLineno > p.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    lines += errorText(p.offset, endOffset, bytes);
  }
  return { lines, message: p.message };
}
