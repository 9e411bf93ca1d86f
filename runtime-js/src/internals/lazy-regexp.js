// Regular expressions over Unicode properties (\p{...}), built from their source on first use.
//
// V8 checks a regular-expression literal while it parses the file, and makes the RegExp when
// the literal is evaluated; for a \p{...} class both mean building the property's set of code
// points from ICU (0.05–0.4 ms each). A module of the runtime that held these as literals made
// every program pay for them at load, though only some str methods and reprs ever use them.
// A pattern given as a string is not checked by the parser, and the RegExp is made once, when
// first asked for; it is the same RegExp, so matching is unchanged.

/**
 * A function returning the RegExp of `source` and `flags`, made on the first call and shared
 * after it. Only for patterns whose use does not depend on `lastIndex` (no `y`; with `g`, only
 * for `replace`/`matchAll`, which reset it).
 */
export function lazyRegExp(source, flags) {
  let re;
  return () => (re ??= new RegExp(source, flags));
}
