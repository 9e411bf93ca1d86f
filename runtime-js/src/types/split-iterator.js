// `for w in s.split()` / `for w in s.split(sep)` over an exact str: the words one at a time
// instead of the whole list first. The list is a temporary nothing else can see and a str
// is immutable, so the loop sees the same words in the same order; what changes is that
// each word dies young (a counting loop keeps a few hundred distinct words, not a list of
// 400,000 strings that the young-generation collector has to copy, twice, before it is
// dropped). The words are exactly str.split's (types/str.js): runs of str.isspace
// whitespace, or every occurrence of `sep` (matches that would split a surrogate pair do
// not count, as in `findUnits`).

import { findUnits, isSpaceUnit } from './str.js';

/** Every whitespace character of str.isspace but the space itself (as in types/str.js). */
const OTHER_SPACE_RE = /[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Words separated by runs of whitespace (`split()`). */
class WhitespaceWords {
  constructor(s) {
    this.s = s;
    this.i = 0;
    // Only spaces (the common case): native indexOf finds the ends of words.
    this.spacesOnly = !OTHER_SPACE_RE.test(s);
  }

  next() {
    const s = this.s;
    const n = s.length;
    let i = this.i;
    if (this.spacesOnly) {
      while (i < n && s.charCodeAt(i) === 32) i++;
      if (i >= n) {
        this.i = n;
        return { value: undefined, done: true };
      }
      let j = s.indexOf(' ', i);
      if (j < 0) j = n;
      this.i = j;
      return { value: s.slice(i, j), done: false };
    }
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i >= n) {
      this.i = n;
      return { value: undefined, done: true };
    }
    let j = i + 1;
    while (j < n && !isSpaceUnit(s.charCodeAt(j))) j++;
    this.i = j;
    return { value: s.slice(i, j), done: false };
  }

  [Symbol.iterator]() {
    return this;
  }
}

/** The pieces between occurrences of a non-empty `sep` (`split(sep)`), empty ones included. */
class SeparatedWords {
  constructor(s, sep) {
    this.s = s;
    this.sep = sep;
    /** start of the next piece; -1 once the last piece is returned */
    this.i = 0;
  }

  next() {
    const i = this.i;
    if (i < 0) return { value: undefined, done: true };
    const s = this.s;
    const p = findUnits(s, this.sep, i, s.length, false);
    if (p < 0) {
      this.i = -1;
      return { value: s.slice(i), done: false };
    }
    this.i = p + this.sep.length;
    return { value: s.slice(i, p), done: false };
  }

  [Symbol.iterator]() {
    return this;
  }
}

/**
 * An iterator over the words of `s.split(sep)` when `s` is an exact str and `sep` is None
 * (or absent) or a non-empty str; otherwise null, and the caller makes the real call
 * (str subclasses, other objects, the errors of a bad separator).
 */
export function splitWords(s, sep) {
  if (typeof s !== 'string') return null;
  if (sep === undefined || sep === null) return new WhitespaceWords(s);
  if (typeof sep === 'string' && sep.length > 0) return new SeparatedWords(s, sep);
  return null;
}
