// Python tracebacks from JS stacks: each generated module registers a table mapping its
// JS lines to Python lines, and an uncaught exception is printed as CPython prints it
// (https://docs.python.org/3/library/traceback.html), then the process exits with status 1
// (or SystemExit's code).

import { PyObject, typeOf, isSubtype } from '../types/type.js';
import { SystemExit, toPyException } from '../types/exceptions.js';
import { str as strOf } from './protocols.js';
import { writeStderr, flushStdout } from './stdio.js';
import { hostExit, onUncaught } from './host.js';

const modules = new Map();

/** Registers a generated module: its URL, the Python file it came from and its JS-line → Python-line table. */
export function registerLines(url, pyFile, lines) {
  modules.set(url, { pyFile, lines });
}

/**
 * Registers an optimised bundle (docs/optimizer.md): `positions()` gives `{files, names, lines}`,
 * where `lines[i]` lists runs `column, file, Python line, JS function name` of bundle line `i`
 * (0-based); it is called only when a traceback is printed.
 */
export function registerBundle(url, positions) {
  modules.set(url, { positions, table: undefined });
}

/** The Python frame at a (1-based) line and column of a registered bundle, or undefined. */
function bundleFrame(mod, jsLine, jsColumn) {
  if (mod.table === undefined) mod.table = mod.positions();
  const runs = mod.table.lines[jsLine - 1];
  if (runs === undefined) return undefined;
  let at = -1;
  for (let i = 0; i < runs.length && runs[i] <= jsColumn - 1; i += 4) at = i;
  if (at < 0 || runs[at + 2] === 0) return undefined;
  return { file: mod.table.files[runs[at + 1]], line: runs[at + 2], name: pythonName(mod.table.names[runs[at + 3]]) };
}

// Any URL scheme: file: under Node, http(s): in a browser.
const FRAME = /^\s*at (?:(.*?) \()?([a-z][a-z0-9+.-]*:\/\/[^)]*?):(\d+):(\d+)\)?$/;

function pythonName(jsName) {
  if (jsName === undefined || jsName === '') return '<module>';
  let n = jsName.replace(/^async /, '').replace(/^new /, '');
  const dot = n.lastIndexOf('.');
  if (dot >= 0) n = n.slice(dot + 1);
  if (n.startsWith('$lambda')) return '<lambda>';
  if (n.startsWith('$listcomp')) return '<listcomp>';
  if (n.startsWith('$dictcomp')) return '<dictcomp>';
  if (n.startsWith('$setcomp')) return '<setcomp>';
  if (n.startsWith('$genexpr')) return '<genexpr>';
  if (n === '$module' || n === '$load' || n.startsWith('$init')) return '<module>';
  return n.replace(/\$\d*$/, '');
}

/** The Python frames of a JS stack, outermost first. */
export function pythonFrames(stack) {
  const frames = [];
  if (typeof stack !== 'string') return frames;
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const mod = modules.get(m[2]);
    if (mod === undefined) continue;
    if (mod.positions !== undefined) {
      const f = bundleFrame(mod, Number(m[3]), Number(m[4]));
      if (f !== undefined) frames.push(f);
      continue;
    }
    const jsLine = Number(m[3]);
    const pyLine = mod.lines[jsLine - 1] || 0;
    if (pyLine === 0) continue;
    frames.push({ file: mod.pyFile, line: pyLine, name: pythonName(m[1]) });
  }
  return frames.reverse();
}

function exceptionLine(e) {
  const t = e.$cls;
  const name = t.__module__ === 'builtins' || t.__module__ === '__main__' || t.__module__ === undefined ? t.__qualname__ : `${t.__module__}.${t.__qualname__}`;
  let msg;
  try {
    msg = strOf(e);
  } catch (_) {
    msg = '<exception str() failed>';
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

/** The whole report CPython prints for an uncaught exception, chained causes and contexts first. */
export function formatException(e, seen = new Set()) {
  seen.add(e);
  let out = '';
  const cause = e.$d.__cause__;
  const context = e.$d.__context__;
  if (cause !== undefined && cause instanceof PyObject && !seen.has(cause)) {
    out += formatException(cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== undefined && context instanceof PyObject && !e.$d.__suppress_context__ && !seen.has(context)) {
    out += formatException(context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  // An exception raised in a routed module carries its Python frames (internals/foreign.js).
  const frames = e.$foreignFrames === undefined ? pythonFrames(e.$stack) : pythonFrames(e.$stack).concat(e.$foreignFrames);
  if (frames.length) {
    out += 'Traceback (most recent call last):\n';
    for (const f of frames) out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
  }
  return out + exceptionLine(e) + '\n';
}

/** Handles an exception that escaped the program: SystemExit exits quietly, others print a traceback. */
export function handleUncaught(err) {
  let e;
  try {
    e = toPyException(err);
  } catch (_) {
    flushStdout();
    throw err;
  }
  if (isSubtype(e.$cls, SystemExit)) {
    const a = e.$args.items;
    const code = a.length === 0 ? undefined : a.length === 1 ? a[0] : e.$args;
    flushStdout();
    // hostExit does not return under Node; in a browser it reports the status and returns.
    if (code === undefined) return hostExit(0);
    if (typeof code === 'number' && Number.isInteger(code)) return hostExit(code & 0xff);
    if (typeof code === 'boolean') return hostExit(+code);
    writeStderr(strOf(code) + '\n');
    return hostExit(1);
  }
  writeStderr(formatException(e));
  return hostExit(1);
}

/** Installs the handler once (called by every generated entry module). */
let installed = false;
export function installUncaughtHandler() {
  if (installed) return;
  installed = true;
  Error.stackTraceLimit = 64;
  onUncaught(handleUncaught);
}

export { typeOf };
