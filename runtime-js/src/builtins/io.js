// print() and input(): https://docs.python.org/3/library/functions.html#print

import { str, truthy } from '../internals/protocols.js';
import { writeStdout, writeStderr, flushStdout, readLine } from '../internals/stdio.js';
import { pyError } from '../internals/errors.js';
import { callMethod } from '../internals/attribute.js';
import { stdoutObject, stderrObject } from '../modules/sys.js';
import { strValueOf } from '../types/value-subclass.js';

/** `print(*args)` with the default separator, end and file. */
export function print(...args) {
  let s = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i) s += ' ';
    s += typeof a === 'string' ? a : str(a);
  }
  writeStdout(s + '\n');
}

function textArg(x, name) {
  if (x === undefined) return undefined;
  if (typeof x === 'string') return x;
  const v = strValueOf(x);
  if (v === undefined) throw pyError('TypeError', `${name} must be None or a string, not ${x.$cls ? x.$cls.__name__ : typeof x}`);
  return v;
}

print.$kw = (args, kw) => {
  for (const k in kw) {
    if (k !== 'sep' && k !== 'end' && k !== 'file' && k !== 'flush') {
      throw pyError('TypeError', `'${k}' is an invalid keyword argument for print()`);
    }
  }
  const sep = textArg(kw.sep, 'sep') ?? ' ';
  const end = textArg(kw.end, 'end') ?? '\n';
  const s = args.map((a) => (typeof a === 'string' ? a : str(a))).join(sep) + end;
  const file = kw.file;
  if (file === undefined || file === stdoutObject) writeStdout(s);
  else if (file === stderrObject) writeStderr(s);
  else callMethod(file, 'write', s);
  if (truthy(kw.flush) && (file === undefined || file === stdoutObject)) flushStdout();
};

/** `input([prompt])`. */
export function input(prompt) {
  if (prompt !== undefined) writeStdout(str(prompt));
  flushStdout();
  const line = readLine();
  if (line === '') throw pyError('EOFError', 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, line.endsWith('\r\n') ? -2 : -1) : line;
}
