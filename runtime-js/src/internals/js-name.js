// The Python name of a runtime function, read from its JS name. Closure Compiler's module
// bundling (docs/optimizer.md) gives each top-level name of a runtime file a module suffix,
// which the optimiser shortens to `$$` and a number (`len$$12`); Python names have no `$`.

const SUFFIX = /\$\$\d+$/;

/** `f.name` without the bundler's module suffix. */
export function jsName(f) {
  const n = f.name;
  return SUFFIX.test(n) ? n.slice(0, n.lastIndexOf('$$')) : n;
}
