// The Python name of a runtime function, read from its JS name. Closure Compiler's module
// bundling (docs/optimizer.md) gives each top-level name of a runtime file a
// `$$module$<file>` suffix, so `len` is declared as `len$$module$taipan_runtime$...` there.

const SUFFIX = '$$module$';

/** `f.name` without the bundler's module suffix. */
export function jsName(f) {
  const n = f.name;
  const i = n.indexOf(SUFFIX);
  return i < 0 ? n : n.slice(0, i);
}
