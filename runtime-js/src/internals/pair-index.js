// The index of packed pair keys in a hash table (internals/hash-table.js): packed code (a
// non-negative int below 2**30) -> position in the table's key array. A JS Map keyed by the
// code hashes each small int through a generic path; this open-addressing table in two
// Int32Arrays (Fibonacci hashing, linear probing, backward-shift deletion, so no tombstones)
// answers with a multiply, a shift and usually one probe, and allocates nothing per entry.

const EMPTY = 0;

export class PairIndex {
  constructor() {
    /** code + 1 per slot, EMPTY when free */
    this.keys = new Int32Array(16);
    /** the position stored for the slot's code */
    this.pos = new Int32Array(16);
    this.mask = 15;
    this.shift = 28;
    this.size = 0;
  }

  /** The home slot of `code`. */
  home(code) {
    return Math.imul(code, 0x9e3779b1) >>> this.shift;
  }

  /** The position stored for `code`, or -1. */
  get(code) {
    const keys = this.keys;
    const mask = this.mask;
    const k = code + 1;
    for (let i = this.home(code); ; i = (i + 1) & mask) {
      const x = keys[i];
      if (x === k) return this.pos[i];
      if (x === EMPTY) return -1;
    }
  }

  /** Stores `position` for `code` (replacing the position it had). */
  set(code, position) {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    const k = code + 1;
    for (let i = this.home(code); ; i = (i + 1) & mask) {
      const x = keys[i];
      if (x === EMPTY) {
        keys[i] = k;
        this.pos[i] = position;
        this.size++;
        return;
      }
      if (x === k) {
        this.pos[i] = position;
        return;
      }
    }
  }

  /** Removes `code` if present, shifting back the entries probed past its slot. */
  delete(code) {
    const keys = this.keys;
    const pos = this.pos;
    const mask = this.mask;
    const k = code + 1;
    let i = this.home(code);
    for (; ; i = (i + 1) & mask) {
      const x = keys[i];
      if (x === k) break;
      if (x === EMPTY) return;
    }
    this.size--;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const x = keys[j];
      if (x === EMPTY) break;
      const h = this.home(x - 1);
      // The entry at j may move to the hole at i unless its home lies cyclically in (i, j].
      if (i <= j ? h <= i || h > j : h <= i && h > j) {
        keys[i] = x;
        pos[i] = pos[j];
        i = j;
      }
    }
    keys[i] = EMPTY;
  }

  /** Every stored position (in slot order). */
  values() {
    const out = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) out.push(this.pos[i]);
    return out;
  }

  grow() {
    const oldKeys = this.keys;
    const oldPos = this.pos;
    const n = oldKeys.length * 2;
    this.keys = new Int32Array(n);
    this.pos = new Int32Array(n);
    this.mask = n - 1;
    this.shift--;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== EMPTY) this.set(oldKeys[i] - 1, oldPos[i]);
  }
}
