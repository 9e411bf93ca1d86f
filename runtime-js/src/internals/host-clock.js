// The host's clocks, in nanoseconds, and a blocking sleep, for the `time` module. Under Node:
// the wall clock of performance.timeOrigin + performance.now() (microseconds), hrtime for the
// monotonic clock, cpuUsage for process time. In a browser: the same wall clock, performance.now()
// as the monotonic clock and as process time (a page has no CPU clock).

const nodeProcess = typeof process !== 'undefined' && process.versions && process.versions.node ? process : undefined;

/** Nanoseconds since the epoch (microsecond resolution), as a bigint. */
export function wallClockNs() {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
}

/** A monotonic clock in nanoseconds, as a bigint (its origin is unspecified, as CLOCK_MONOTONIC's). */
export function monotonicNs() {
  if (nodeProcess !== undefined) return nodeProcess.hrtime.bigint();
  return BigInt(Math.round(performance.now() * 1e6));
}

/** CPU time of the process (user + system) in nanoseconds, as a bigint. */
export function processTimeNs() {
  if (nodeProcess !== undefined) {
    const u = nodeProcess.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  return monotonicNs();
}

let cell = null;

/**
 * Blocks the thread for at least `ns` nanoseconds (a bigint), as CPython's time.sleep blocks
 * its thread: Atomics.wait where the host allows it (Node, workers), else a busy wait (a page's
 * main thread may not block).
 */
export function sleepNs(ns) {
  const deadline = monotonicNs() + ns;
  for (;;) {
    const left = deadline - monotonicNs();
    if (left <= 0n) return;
    const ms = Number(left) / 1e6;
    try {
      // A page that is not cross-origin isolated has no SharedArrayBuffer: it spins too.
      if (cell === null) cell = new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(cell, 0, 0, Math.max(ms, 0.001));
    } catch (e) {
      while (monotonicNs() < deadline) {
        // A page's main thread cannot wait: spin until the deadline.
      }
      return;
    }
  }
}
