// The named methods of a built-in type, in a form the optimiser can cut down.
// `taipan build --optimize` removes from the object literal of each `defineMethods` call the
// entries whose names are not dunders and that the program cannot reach by name, and passes
// their names as `pruned` (docs/optimizer.md, "Methods of built-in types no name reaches"),
// so that the functions only they use are dropped from the bundle too. Unoptimised builds
// call it with every method.

/** The pruned method names of each type, in table order. */
const PRUNED = new Map();

/** Adds `table`'s entries to `type`'s dict; `pruned`: the names the optimiser removed, space-separated. */
export function defineMethods(type, table, pruned) {
  Object.assign(type.$dict, table);
  if (pruned !== undefined) PRUNED.set(type, (PRUNED.get(type) ?? []).concat(pruned.split(' ')));
}

/**
 * The names of `type`'s own dict as an unpruned build has them: what a listing of a type's
 * names (a "Did you mean" suggestion) reads. A pruned name is not an attribute.
 */
export function ownMethodNames(type) {
  const own = Object.keys(type.$dict);
  const pruned = PRUNED.get(type);
  return pruned === undefined ? own : own.concat(pruned);
}
