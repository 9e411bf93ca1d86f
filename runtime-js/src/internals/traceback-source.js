// The source line and the `~~~^^^` position markers under a traceback frame, as CPython 3.11's
// Python/traceback.c prints them (tb_displayline, display_source_line_with_margin,
// extract_anchors_from_line, print_error_location_carets). CPython reads the line from the file
// at the path recorded at compile time (a missing file prints no line); under Node this reads
// the same path, relative to the working directory when it is relative; in a browser there is
// no file to read and no line is printed.

import { IS_NODE, hostFsCall } from './host.js';

const files = new Map();

/** The lines of a source file (universal newlines, utf-8), or undefined when it cannot be read. */
function sourceLines(file) {
  if (files.has(file)) return files.get(file);
  let lines;
  if (IS_NODE && !(file.startsWith('<') && file.endsWith('>'))) {
    try {
      const text = new TextDecoder('utf-8').decode(hostFsCall('readFileSync', file));
      lines = text.replace(/\r\n?/g, '\n').split('\n');
    } catch (_) {
      lines = undefined;
    }
  }
  files.set(file, lines);
  return lines;
}

/** Line `n` (1-based) of `file` without its newline, or undefined past the end or when unreadable. */
export function sourceLine(file, n) {
  const lines = sourceLines(file);
  if (lines === undefined || n < 1 || n > lines.length) return undefined;
  // The text after the last newline is a line only when it is not empty (readline's EOF).
  if (n === lines.length && lines[n - 1] === '') return undefined;
  return lines[n - 1];
}

/**
 * The offset in `line` of a UTF-8 byte offset, in UTF-16 code units: CPython 3.11 places its
 * markers as if a character outside the BMP were two wide (measured: `"😀"[5]` is marked
 * `~~~~^^^`), which is what UTF-16 counts.
 */
function charOffset(line, byteOffset) {
  const bytes = new TextEncoder().encode(line);
  if (byteOffset > bytes.length) byteOffset = bytes.length;
  return new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset)).length;
}

function isWhitespace(c) {
  return c === ' ' || c === '\t' || c === '\f';
}

/**
 * CPython's anchors of a binary operation: [left_end, right_start, tilde] as code-point offsets in
 * the line (the operator's first and past-last characters, after any closing parentheses), or
 * undefined; `tilde` is false when the scan ended on a parenthesis, where CPython keeps `^`.
 */
function binOpAnchors(chars, leftEnd, rightStart) {
  let anchors;
  for (let i = leftEnd; i < rightStart; i++) {
    if (isWhitespace(chars[i])) continue;
    anchors = [i, i + 1, false];
    if (i + 1 < rightStart && !isWhitespace(chars[i + 1])) anchors[1]++;
    if (i + 1 < rightStart && chars[i] === ')') continue;
    anchors[2] = true;
    break;
  }
  return anchors;
}

/** CPython's anchors of a subscript: from its `[` to past its `]`. */
function subscriptAnchors(chars, valueEnd, sliceEnd, end) {
  let left = valueEnd;
  let right = sliceEnd + 1;
  while (left < end && chars[left] !== '[') left++;
  while (right < end && chars[right] !== ']') right++;
  if (right < end) right++;
  return [left, right, true];
}

/**
 * The lines printed under `  File ..., line N, in name` for a frame at `pos` ({line, col,
 * endLine, endCol, anchor, a, b}: CPython's UTF-8 columns), each prefixed with `margin`: the
 * stripped source line, then the markers unless they would cover the whole line.
 */
export function sourceLinesOf(file, pos, line, margin) {
  const source = sourceLine(file, line);
  if (source === undefined) return '';
  const chars = source;
  let lead = 0;
  while (lead < chars.length && isWhitespace(chars[lead])) lead++;
  let out = margin + '    ' + chars.slice(lead) + '\n';
  if (pos === undefined || pos.line !== line) return out;
  const start = charOffset(source, pos.col);
  let end;
  let anchors;
  if (pos.endLine === pos.line) {
    end = charOffset(source, pos.endCol);
    // A segment CPython cannot parse back gets no anchors; ours always parses, being one node.
    if (pos.anchor === 1) anchors = binOpAnchors(chars, charOffset(source, pos.a), charOffset(source, pos.b));
    else if (pos.anchor === 2) anchors = subscriptAnchors(chars, charOffset(source, pos.a), charOffset(source, pos.b), end);
  } else {
    end = chars.length;
    while (end > 0 && isWhitespace(chars[end - 1])) end--;
  }
  if (end - start === chars.length - lead && anchors === undefined) return out;
  let marks = margin + '    ';
  for (let offset = lead + 1; offset <= end; offset++) {
    if (offset <= start) marks += ' ';
    else if (anchors !== undefined && anchors[0] < offset && offset <= anchors[1]) marks += '^';
    else marks += anchors !== undefined && anchors[2] ? '~' : '^';
  }
  return out + marks + '\n';
}
