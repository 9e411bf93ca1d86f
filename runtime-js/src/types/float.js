// Python float: https://docs.python.org/3/library/stdtypes.html#numeric-types-int-float-complex
// A non-integral JS number (including NaN and ±Infinity) is a float as it is; a float
// whose value is integral, or -0.0, is boxed so that it stays distinct from an int.

/** A boxed float whose value is integral or -0.0. */
export class PyFloat {
  /** @param {number} v */
  constructor(v) {
    /** @const {number} */
    this.v = v;
  }
}

/** Wraps a JS number computed by float arithmetic as a Python float. */
export function makeFloat(x) {
  return Number.isInteger(x) || Object.is(x, -0) ? new PyFloat(x) : x;
}

/** True when `x` is a Python float (boxed or not). */
export function isFloat(x) {
  return x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
}

/** The JS number inside a Python float. */
export function floatValue(x) {
  return x instanceof PyFloat ? x.v : x;
}
