// `_taipan_time`: the clocks and the sleep behind the `time` module (compiled from its Python
// source, compiler resources dev/taipan/stdlib/time.py), with CPython's conversion of a sleep
// length (_PyTime_FromSecondsObject, rounded up) and its messages. Not importable by user programs.

import { AttrDict } from '../types/type.js';
import { PyFloat } from '../types/float.js';
import { PyModule } from '../internals/attribute.js';
import { pyError } from '../internals/errors.js';
import { normBig } from '../internals/arith.js';
import { index } from '../internals/subscript.js';
import { wallClockNs, monotonicNs, processTimeNs, sleepNs } from '../internals/host-clock.js';

const PYTIME_MAX = (1n << 63n) - 1n;
const TOO_LARGE = 'timestamp too large to convert to C _PyTime_t';

/** _PyTime_FromSecondsObject(secs, _PyTime_ROUND_TIMEOUT): nanoseconds as a bigint. */
function secondsToNs(secs) {
  if (secs instanceof PyFloat || (typeof secs === 'number' && !Number.isInteger(secs))) {
    const d = secs instanceof PyFloat ? secs.v : secs;
    if (Number.isNaN(d)) throw pyError('ValueError', 'Invalid value NaN (not a number)');
    const ns = d * 1e9;
    // _PyTime_ROUND_TIMEOUT rounds up positive values (and down negative ones: away from zero).
    const r = ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
    if (!(r >= -9223372036854775808 && r < 9223372036854775808)) {
      throw pyError('OverflowError', 'timestamp out of range for platform time_t');
    }
    return BigInt(r);
  }
  const n = BigInt(index(secs));
  if (n > PYTIME_MAX || n < -PYTIME_MAX - 1n) throw pyError('OverflowError', TOO_LARGE);
  const ns = n * 1000000000n;
  if (ns > PYTIME_MAX || ns < -PYTIME_MAX - 1n) throw pyError('OverflowError', TOO_LARGE);
  return ns;
}

const attrs = new AttrDict();
Object.assign(attrs, {
  time_ns: () => normBig(wallClockNs()),
  monotonic_ns: () => normBig(monotonicNs()),
  process_time_ns: () => normBig(processTimeNs()),
  sleep: (secs) => {
    const ns = secondsToNs(secs);
    if (ns < 0n) throw pyError('ValueError', 'sleep length must be non-negative');
    sleepNs(ns);
  },
});

/** The module object for `import _taipan_time` in time.py. */
export const _taipan_time = new PyModule('_taipan_time', attrs);
