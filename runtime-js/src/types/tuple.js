// Python tuple: https://docs.python.org/3/library/stdtypes.html#tuples
// A tuple owns a JS array that is never mutated after construction; a class of its
// own keeps it distinct from a list (a plain JS Array) at one `instanceof` check.

export class Tuple {
  /** @param {!Array<*>} items never mutated after this call */
  constructor(items) {
    /** @const {!Array<*>} */
    this.items = items;
  }
}

export const EMPTY_TUPLE = new Tuple([]);

/** Makes a tuple that takes ownership of `items`. */
export function makeTuple(items) {
  return items.length === 0 ? EMPTY_TUPLE : new Tuple(items);
}
