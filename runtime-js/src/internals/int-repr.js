// Python int repr: https://docs.python.org/3/library/stdtypes.html#int-max-str-digits
// Ints print in decimal; like CPython 3.11, very long conversions are refused past the
// sys.set_int_max_str_digits() limit so that a quadratic conversion cannot hang a program.

import { pyError } from './errors.js';

let maxStrDigits = 4300;

/** sys.set_int_max_str_digits(n): 0 disables the limit, otherwise n >= 640. */
export function setIntMaxStrDigits(n) {
  if (n !== 0 && n < 640) throw pyError('ValueError', 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

/** sys.get_int_max_str_digits(). */
export function getIntMaxStrDigits() {
  return maxStrDigits;
}

// Below this bit length a decimal string cannot exceed 4300 digits (and the limit is never below 640).
const CHECK_BITS = 2126n;

/** repr(n) / str(n) of a Python int (JS number, bigint or bool). */
export function intRepr(n) {
  if (typeof n === 'number') return String(n);
  if (typeof n === 'boolean') return n ? 'True' : 'False';
  if (maxStrDigits !== 0 && (n > 0n ? n : -n) >> CHECK_BITS !== 0n) {
    // 3.32 bits per digit: a cheap bound before converting.
    const bits = (n > 0n ? n : -n).toString(16).length * 4;
    if (bits / 3.3219280948873626 - 8 > maxStrDigits) throw tooManyDigits();
    const s = n.toString();
    if (s.length - (n < 0n ? 1 : 0) > maxStrDigits) throw tooManyDigits();
    return s;
  }
  return n.toString();
}

function tooManyDigits() {
  return pyError('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** Raises CPython's error when a decimal string to parse has more digits than the limit. */
export function checkParseDigits(ndigits) {
  if (maxStrDigits !== 0 && ndigits > maxStrDigits) {
    throw pyError('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
}
