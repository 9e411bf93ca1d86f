// The SyntaxWarnings CPython's compiler emits for a module (`"is" with a literal`, a call or
// subscript of a literal, an assert of a tuple), found by the code generator and printed when
// the module would be compiled, in the form of warnings.showwarning: `file:line: category:
// message` and the stripped source line.

import { writeStderr } from './stdio.js';
import { sourceLine } from './traceback-source.js';

/** Prints the warnings `items` (line and message alternating) of the module at `file`. */
export function syntaxWarnings(file, items) {
  let out = '';
  for (let i = 0; i < items.length; i += 2) {
    const line = items[i];
    out += `${file}:${line}: SyntaxWarning: ${items[i + 1]}\n`;
    const text = sourceLine(file, line);
    if (text) out += `  ${text.trim()}\n`;
  }
  writeStderr(out);
}
