import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wallClockNs, monotonicNs, processTimeNs, sleepNs } from '../src/internals/host-clock.js';

test('the clocks are bigints of nanoseconds; the monotonic one never goes back', () => {
  const a = monotonicNs();
  const b = monotonicNs();
  assert.equal(typeof a, 'bigint');
  assert.ok(b >= a);
  assert.ok(wallClockNs() > 1_600_000_000n * 1_000_000_000n);
  assert.equal(typeof processTimeNs(), 'bigint');
});

test('sleepNs blocks for at least the time asked', () => {
  const start = monotonicNs();
  sleepNs(3_000_000n);
  assert.ok(monotonicNs() - start >= 3_000_000n);
  sleepNs(0n);
});
