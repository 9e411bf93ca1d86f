// SyntaxError's members (msg, filename, lineno, offset, text, end_lineno, end_offset,
// print_file_and_line) and str(), as CPython's Objects/exceptions.c keeps them: a program that
// raises SyntaxError('msg', (file, line, offset, text)) gets them back, and an uncaught one is
// printed in the `File "f", line N` / text / caret form (internals/traceback.js).

import { pyError } from '../internals/errors.js';
import { PyProperty } from '../internals/attribute.js';
import { toArray } from '../internals/iteration.js';

const FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

/**
 * SyntaxError_init: `msg` is the first argument; a second one is the location, a sequence of 4
 * to 6 items (PyArg_ParseTuple "OOOO|OO").
 */
function parseArgs(args) {
  const f = {};
  if (args.length >= 1) f.msg = args[0];
  if (args.length === 2) {
    const info = toArray(args[1]);
    if (info.length < 4) throw pyError('TypeError', `function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 6) throw pyError('TypeError', `function takes at most 6 arguments (${info.length} given)`);
    [f.filename, f.lineno, f.offset, f.text] = info;
    if (info.length >= 5) f.end_lineno = info[4];
    if (info.length >= 6) f.end_offset = info[5];
    if (info.length === 5) throw pyError('TypeError', 'end_offset must be provided when end_lineno is provided');
  }
  return f;
}

/** The member record of a SyntaxError; one the runtime raised without __init__ reads its arguments. */
export function syntaxErrorFields(self) {
  if (self.$syntax === undefined) {
    try {
      self.$syntax = parseArgs(self.$args.items);
    } catch (_) {
      self.$syntax = {};
    }
  }
  return self.$syntax;
}

function basename(filename) {
  const slash = filename.lastIndexOf('/');
  return slash < 0 ? filename : filename.slice(slash + 1);
}

/** The methods and members of SyntaxError; `str` is the str() protocol (installed late). */
export function syntaxErrorMethods(str, makeArgs) {
  const methods = {
    __init__(self, ...args) {
      self.$args = makeArgs(args);
      self.$syntax = parseArgs(args);
    },
    // SyntaxError_str: the message, with the file's base name and the line when they are a str
    // and an int.
    __str__(self) {
      const f = syntaxErrorFields(self);
      const msg = str()(f.msg);
      const file = typeof f.filename === 'string' ? basename(f.filename) : undefined;
      const line = (typeof f.lineno === 'number' && Number.isInteger(f.lineno)) || typeof f.lineno === 'bigint' ? String(f.lineno) : undefined;
      if (file !== undefined && line !== undefined) return `${msg} (${file}, line ${line})`;
      if (file !== undefined) return `${msg} (${file})`;
      if (line !== undefined) return `${msg} (line ${line})`;
      return msg;
    },
  };
  for (const name of FIELDS) {
    methods[name] = new PyProperty((self) => syntaxErrorFields(self)[name], (self, v) => {
      syntaxErrorFields(self)[name] = v;
    });
  }
  return methods;
}
