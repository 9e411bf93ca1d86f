// The epoch of attribute fast-path facts. A generated function may check once that an object
// held by one of its locals is a plain instance (`o.$pl === true`, its class has no data
// descriptor or attribute hook) holding no integral float (`o.$fi === null`), and remember the
// epoch at which it checked instead of testing both properties at every later load and store of
// that local (codegen AttributeFacts). Every runtime change that can make either test fail for
// an object that passed it advances the epoch, so a remembered fact holds exactly while the
// epoch is unchanged:
// - a class prototype switching from plain to not plain (types/type.js `setPlain`);
// - an instance's prototype replaced by `__class__` assignment (internals/attribute.js);
// - an instance's `__dict__` materialised or replaced, which hides `$pl` (instance-attrs.js);
// - an instance's first integral float stored, which makes `$fi` a Map (instance-attrs.js).
// Changes in the other direction (a class becoming plain again, the last mark removed) need no
// advance: a fact only ever claims that the tests pass.

/** The current epoch, `n`: a counter only ever incremented (exact as a double far past any run). */
export const attrEpoch = { n: 0 };

/** Invalidates every remembered attribute fact. */
export function advanceAttrEpoch() {
  attrEpoch.n++;
}
