// print() and input(): https://docs.python.org/3/library/functions.html#print

import { str, truthy } from '../internals/protocols.js';
import { writeStdout, writeStderr, flushStdout, readLine } from '../internals/stdio.js';
import { pyError } from '../internals/errors.js';
import { typeOf } from '../types/type.js';
import { callMethod } from '../internals/attribute.js';
import { currentStdout, isProcessStdout, isProcessStderr } from '../internals/std-streams.js';
import { strValueOf } from '../types/value-subclass.js';
import { enter, leave, CALLING } from '../internals/recursion-depth.js';
import { hasArity } from '../internals/builtin-arity.js';
import * as arity from '../internals/builtin-arity-table.js';

/** `print(*args)` with the default separator, end and file. */
export function print(...args) {
  enter(CALLING);
  try {
    printArgs(args);
  } finally {
    leave();
  }
}

function printArgs(args) {
  const file = currentStdout();
  if (!isProcessStdout(file)) {
    printTo(file, args, ' ', '\n', false);
    return;
  }
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
  if (v === undefined) throw pyError('TypeError', `${name} must be None or a string, not ${typeOf(x).__name__}`);
  return v;
}

print.$kw = (args, kw) => {
  for (const k in kw) {
    if (k !== 'sep' && k !== 'end' && k !== 'file' && k !== 'flush') {
      throw pyError('TypeError', `'${k}' is an invalid keyword argument for print()`);
    }
  }
  enter(CALLING);
  try {
    const sep = textArg(kw.sep, 'sep') ?? ' ';
    const end = textArg(kw.end, 'end') ?? '\n';
    printTo(kw.file === undefined ? currentStdout() : kw.file, args, sep, end, truthy(kw.flush));
  } finally {
    leave();
  }
};

/**
 * Writes as CPython's print does: the process's own streams take the joined text; any other
 * file gets one write() per argument, separator and end (str() of each argument just before
 * its write), then flush() if asked. With sys.stdout None, print writes nothing.
 */
function printTo(file, args, sep, end, flush) {
  if (file === undefined) return;
  if (isProcessStdout(file) || isProcessStderr(file)) {
    const s = args.map((a) => (typeof a === 'string' ? a : str(a))).join(sep) + end;
    if (isProcessStdout(file)) {
      writeStdout(s);
      if (flush) flushStdout();
    } else {
      writeStderr(s);
    }
    return;
  }
  for (let i = 0; i < args.length; i++) {
    if (i) callMethod(file, 'write', sep);
    const a = args[i];
    callMethod(file, 'write', typeof a === 'string' ? a : str(a));
  }
  callMethod(file, 'write', end);
  if (flush) callMethod(file, 'flush');
}

/** `input([prompt])`. */
export function input(prompt) {
  const out = currentStdout();
  if (!isProcessStdout(out) && out !== undefined) {
    // CPython writes the prompt to a replaced sys.stdout and flushes it.
    if (prompt !== undefined) callMethod(out, 'write', str(prompt));
    callMethod(out, 'flush');
  } else if (prompt !== undefined) {
    writeStdout(str(prompt));
  }
  flushStdout();
  const line = readLine();
  if (line === '') throw pyError('EOFError', 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, line.endsWith('\r\n') ? -2 : -1) : line;
}

// Called through a value, these check their arguments as CPython does (internals/call.js).
hasArity(print, arity.$print);
hasArity(input, arity.$input);
