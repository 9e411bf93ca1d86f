#!/usr/bin/env python3
"""Writes src/internals/unicode-tables.js: the Unicode data of CPython's str methods that
JavaScript regular expressions cannot express (run with CPython 3.11 from runtime-js/)."""
import json
import os
import sys
import unicodedata


def ranges(codes):
    out = []
    for c in sorted(codes):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return ','.join(f'{a},{b}' for a, b in out)


def mapping(m):
    return '{' + ','.join(f'{k}:{json.dumps(v)}' for k, v in sorted(m.items())) + '}'


def main():
    chars = [chr(c) for c in range(0x110000)]
    decimal = {ord(c) for c in chars if c.isdecimal()}
    digit = {ord(c) for c in chars if c.isdigit()}
    numeric = {ord(c) for c in chars if c.isnumeric() and not unicodedata.category(c).startswith('N')}
    title = {ord(c): c.title() for c in chars if c.title() != c.upper()}
    fold = {ord(c): c.casefold() for c in chars if c.casefold() != c.lower()}
    out = f"""// Unicode data that JavaScript does not expose, taken from CPython {sys.version_info[0]}.{sys.version_info[1]} (Unicode {unicodedata.unidata_version}):
// https://docs.python.org/3/library/stdtypes.html#str.isdigit and SpecialCasing/CaseFolding.
// Regenerate with test/golden/unicode_tables.py.

// The tables are built on first use: as top-level literals they were compiled and built (about
// 40 KB of heap) at load by every program, and only a few str methods read them.

let digitNotDecimalTable, numericNotNTable, titleCaseTable, caseFoldTable;

/** Code point ranges [lo0, hi0, lo1, hi1, ...] of digits that are not decimals (str.isdigit). */
export function digitNotDecimal() {{
  return (digitNotDecimalTable ??= [{ranges(digit - decimal)}]);
}}

/** Code point ranges of non-N characters that str.isnumeric accepts (CJK numerals). */
export function numericNotN() {{
  return (numericNotNTable ??= [{ranges(numeric)}]);
}}

/** Title-case mappings that differ from the upper-case mapping. */
export function titleCase() {{
  return (titleCaseTable ??= {mapping(title)});
}}

/** Case foldings that differ from the lower-case mapping. */
export function caseFold() {{
  return (caseFoldTable ??= {mapping(fold)});
}}

/** True when code point `c` lies in one of the flat [lo, hi, ...] `ranges`. */
export function inRanges(ranges, c) {{
  let lo = 0, hi = ranges.length / 2 - 1;
  while (lo <= hi) {{
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]) hi = mid - 1;
    else if (c > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }}
  return false;
}}
"""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'internals', 'unicode-tables.js')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(out)


if __name__ == '__main__':
    main()
