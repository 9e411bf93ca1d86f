// The slot layout of CPython's set table (Objects/setobject.c: set_add_entry,
// set_insert_clean, set_table_resize, set_pop), reproduced so that a set iterates in
// CPython's order: `print({3, 1, 2})` shows `{1, 2, 3}`. Membership is answered by the
// HashTable; this only decides which slot each element occupies.

const EMPTY = -1;
const DUMMY = -2;
const LINEAR_PROBES = 9;
const MINSIZE = 8;
const TWO32 = 4294967296;

/** The probe sequence start and perturbation for a Python hash, as unsigned 64-bit. */
function start(hash, mask) {
  if (typeof hash === 'number' && hash >= 0 && hash <= Number.MAX_SAFE_INTEGER) {
    return { i: hash % TWO32 & mask, perturb: hash, big: false };
  }
  const u = BigInt.asUintN(64, BigInt(hash));
  return { i: Number(u & BigInt(mask)), perturb: u, big: true };
}

function nextIndex(s, mask) {
  if (s.big) {
    s.perturb >>= 5n;
    s.i = Number((BigInt(s.i) * 5n + 1n + s.perturb) & BigInt(mask));
  } else {
    s.perturb = Math.floor(s.perturb / 32);
    s.i = ((s.i * 5 + 1) + (s.perturb % TWO32)) % TWO32 & mask;
  }
}

export class SetLayout {
  constructor() {
    this.reset(MINSIZE);
  }

  reset(size) {
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.hashes = new Array(size);
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
  }

  /** Places element `idx` (absent from the set) with hash `hash`; returns nothing. */
  add(idx, hash) {
    const mask = this.mask;
    const s = start(hash, mask);
    let freeslot = -1;
    for (;;) {
      let j = s.i;
      let probes = s.i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const v = this.slots[j];
        if (v === EMPTY) {
          if (freeslot >= 0) {
            this.slots[freeslot] = idx;
            this.hashes[freeslot] = hash;
            this.used++;
            return;
          }
          this.slots[j] = idx;
          this.hashes[j] = hash;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (v === DUMMY && freeslot < 0) freeslot = j;
        if (probes-- === 0) break;
        j++;
      }
      nextIndex(s, mask);
    }
  }

  insertClean(idx, hash) {
    const mask = this.mask;
    const s = start(hash, mask);
    for (;;) {
      if (this.slots[s.i] === EMPTY) {
        this.slots[s.i] = idx;
        this.hashes[s.i] = hash;
        return;
      }
      if (s.i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.slots[s.i + j] === EMPTY) {
            this.slots[s.i + j] = idx;
            this.hashes[s.i + j] = hash;
            return;
          }
        }
      }
      nextIndex(s, mask);
    }
  }

  resize(minused) {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const used = this.used;
    this.reset(size);
    for (let i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] >= 0) this.insertClean(oldSlots[i], oldHashes[i]);
    }
    this.fill = used;
    this.used = used;
  }

  /** Marks the slot holding element `idx` as deleted. */
  remove(idx) {
    const j = this.slots.indexOf(idx);
    if (j >= 0) {
      this.slots[j] = DUMMY;
      this.hashes[j] = undefined;
      this.used--;
    }
  }

  /** Renumbers elements after the HashTable compacted its arrays. */
  renumber(map) {
    for (let j = 0; j < this.slots.length; j++) if (this.slots[j] >= 0) this.slots[j] = map[this.slots[j]];
  }

  /** Element indexes in iteration order. */
  *order() {
    const slots = this.slots;
    for (let j = 0; j < slots.length; j++) if (slots[j] >= 0) yield slots[j];
  }

  /** The element `set.pop()` removes (CPython scans from a moving finger). */
  popIndex() {
    let j = this.finger & this.mask;
    while (this.slots[j] < 0) j = (j + 1) & this.mask;
    this.finger = j + 1;
    return this.slots[j];
  }
}
