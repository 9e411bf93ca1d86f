// Python tracebacks from JS stacks: each generated module registers a table mapping its
// JS lines to Python lines, and an uncaught exception is printed as CPython prints it
// (https://docs.python.org/3/library/traceback.html), then the process exits with status 1
// (or SystemExit's code).

import { PyObject, typeOf, isSubtype } from '../types/type.js';
import { SystemExit, KeyboardInterrupt, AttributeError, toPyException } from '../types/exceptions.js';
import { str as strOf, repr as reprOf } from './protocols.js';
import { getattr, hasattr } from './attribute.js';
import { toArray } from './iteration.js';
import { Tuple } from '../types/tuple.js';
import { intValueOf } from '../types/value-subclass.js';
import { writeStderr, flushStdout } from './stdio.js';
import { hostExit, hostExitBySigint, onUncaught } from './host.js';
import { sourceLinesOf } from './traceback-source.js';
import { syntaxLocation } from './traceback-syntax.js';
import { uncaughtSuggestion } from './uncaught-suggestion.js';

const modules = new Map();

/**
 * Registers a generated module: its URL, the Python file it came from, its JS-line → Python-line
 * table, its module name (`__main__` for the entry) and the text of its marked ranges (codegen's
 * ModuleEmitter.positionTable), decoded only when a traceback is printed.
 */
export function registerLines(url, pyFile, lines, name, positions) {
  modules.set(url, { pyFile, lines, name, positions: undefined, positionText: positions, ranges: undefined });
}

/** JS line (1-based) → flat runs of [start, end, line, col, endLine, endCol, anchor, a, b]. */
function decodeRanges(text) {
  const byLine = new Map();
  if (typeof text !== 'string' || text === '') return byLine;
  let jsLine = 0;
  let pyLine = 0;
  for (const entry of text.split(';')) {
    const n = entry.split(',').map(Number);
    jsLine += n[0];
    pyLine += n[3];
    let runs = byLine.get(jsLine);
    if (runs === undefined) byLine.set(jsLine, (runs = []));
    runs.push([n[1], n[1] + n[2], pyLine, n[4], pyLine + n[5], n[6], n[7], n[8], n[9]]);
  }
  return byLine;
}

/**
 * The Python span shown for a JS position: the innermost marked range around the (1-based)
 * column, as {line, col, endLine, endCol, anchor, a, b}; undefined when none is marked there.
 */
export function spanAt(ranges, jsLine, jsColumn) {
  const runs = ranges.get(jsLine);
  if (runs === undefined) return undefined;
  const c = jsColumn - 1;
  let best;
  for (const r of runs) {
    if (r[0] <= c && c < r[1] && (best === undefined || r[0] > best[0] || (r[0] === best[0] && r[1] < best[1]))) best = r;
  }
  if (best === undefined) return undefined;
  return { line: best[2], col: best[3], endLine: best[4], endCol: best[5], anchor: best[6], a: best[7], b: best[8] };
}

/**
 * Registers an optimised bundle (docs/optimizer.md): `urlOf()` gives its URL and `positions()`
 * gives `{files, modules, names, spans, lines}` (`modules[i]`: the module name of `files[i]`),
 * where `lines[i]` lists runs `column, file, Python line, JS function name, span` of bundle line
 * `i` (0-based; span: 0 or 1 + the offset of its seven numbers in `spans`). Both are called only
 * when a stack is read: the first read of `import.meta` makes Node build the module's meta
 * object, about 0.2 ms of every program's start-up.
 */
export function registerBundle(urlOf, positions) {
  pendingBundles.push({ urlOf, positions });
}

/** Bundles registered but not yet in `modules` (their URL is not read until needed). */
const pendingBundles = [];

/** The registration of the module at `url`, or undefined. */
function moduleAt(url) {
  for (const b of pendingBundles.splice(0)) modules.set(b.urlOf(), { positions: b.positions, table: undefined });
  return modules.get(url);
}

/** The Python frame at a (1-based) line and column of a registered bundle, or undefined. */
function bundleFrame(mod, jsLine, jsColumn) {
  if (mod.table === undefined) mod.table = mod.positions();
  const runs = mod.table.lines[jsLine - 1];
  if (runs === undefined) return undefined;
  let at = -1;
  for (let i = 0; i < runs.length && runs[i] <= jsColumn - 1; i += 5) at = i;
  if (at < 0 || runs[at + 2] === 0) return undefined;
  const t = mod.table;
  const k = runs[at + 4] - 1;
  const s = t.spans;
  return {
    file: t.files[runs[at + 1]], line: runs[at + 2], name: pythonName(t.names[runs[at + 3]]),
    module: t.modules === undefined ? undefined : t.modules[runs[at + 1]],
    pos: k < 0 ? undefined : { line: s[k], col: s[k + 1], endLine: s[k + 2], endCol: s[k + 3], anchor: s[k + 4], a: s[k + 5], b: s[k + 6] },
  };
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
  return keyedFrames(stack).frames;
}

/** The Python frames of a JS stack and the stack line each came from (`keys`), outermost first. */
function keyedFrames(stack) {
  const frames = [];
  const keys = [];
  if (typeof stack !== 'string') return { frames, keys };
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const mod = moduleAt(m[2]);
    if (mod === undefined) continue;
    if (mod.positions !== undefined) {
      const f = bundleFrame(mod, Number(m[3]), Number(m[4]));
      if (f !== undefined) {
        frames.push({ file: f.file, line: f.line, name: f.name, pos: f.pos });
        keys.push(line);
      }
      continue;
    }
    const jsLine = Number(m[3]);
    const pyLine = mod.lines[jsLine - 1] || 0;
    if (pyLine === 0) continue;
    if (mod.ranges === undefined) mod.ranges = decodeRanges(mod.positionText);
    const pos = spanAt(mod.ranges, jsLine, Number(m[4]));
    frames.push({ file: mod.pyFile, line: pos === undefined ? pyLine : pos.line, name: pythonName(m[1]), pos });
    keys.push(line);
  }
  return { frames: frames.reverse(), keys: keys.reverse() };
}

/**
 * The `__name__` of the module whose code runs `depth` Python frames above the caller of this
 * function (CPython's `sys._getframe(depth).f_globals['__name__']`), read from the JS stack;
 * undefined when the stack does not reach that far.
 */
export function frameModuleName(depth) {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const stack = new Error().stack;
  Error.stackTraceLimit = saved;
  let seen = 0;
  if (typeof stack !== 'string') return undefined;
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const mod = moduleAt(m[2]);
    if (mod === undefined) continue;
    let name;
    if (mod.positions !== undefined) {
      const f = bundleFrame(mod, Number(m[3]), Number(m[4]));
      if (f === undefined) continue;
      name = f.module;
    } else {
      if ((mod.lines[Number(m[3]) - 1] || 0) === 0) continue;
      name = mod.name;
    }
    if (seen === depth) return name;
    seen++;
  }
  return undefined;
}

/** The exception's last line; printed uncaught (`ctx.suggest`), with CPython's suggestion. */
function exceptionLine(e, ctx) {
  const line = messageLine(e, e);
  if (!ctx.suggest) return line;
  const s = uncaughtSuggestion(e);
  return s === undefined ? line : `${line}. Did you mean: '${s}'?`;
}

/** The exception's type name, then `: ` and str(value) unless value is None or its str() is empty. */
function messageLine(e, value) {
  const t = e.$cls;
  const name = t.__module__ === 'builtins' || t.__module__ === '__main__' || t.__module__ === undefined ? t.__qualname__ : `${t.__module__}.${t.__qualname__}`;
  if (value === undefined) return name;
  let msg;
  try {
    msg = strOf(value);
  } catch (_) {
    msg = '<exception str() failed>';
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

/**
 * The whole report CPython prints for an uncaught exception, chained causes and contexts first;
 * an exception group shows its sub-exceptions in CPython's boxed tree (traceback.py's
 * _ExceptionPrintContext: at most 15 per group, 10 levels deep).
 */
export function formatException(e, seen = new Set(), suggest = false) {
  return formatIn(e, { seen, depth: 0, needClose: false, suggest });
}

/**
 * The exception's `__notes__` under its line (print_exception_notes): each note's lines with the
 * group margin; a `__notes__` that is not a sequence is shown by its repr.
 */
function notesOf(e, ctx) {
  let notes;
  try {
    if (!hasattr(e, '__notes__')) return '';
    notes = getattr(e, '__notes__');
  } catch (_) {
    return '';
  }
  if (!(Array.isArray(notes) || notes instanceof Tuple || typeof notes === 'string')) {
    let text;
    try {
      text = reprOf(notes);
    } catch (_) {
      text = '<__notes__ repr() failed>';
    }
    return emit(ctx, text) + '\n';
  }
  let out = '';
  for (const note of toArray(notes)) {
    let text;
    try {
      text = strOf(note);
    } catch (_) {
      out += '<note str() failed>\n';
      continue;
    }
    for (const line of text.match(/[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/g) || []) {
      out += marginOf(ctx) + line;
    }
    out += '\n';
  }
  return out;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** The margin in front of each line inside an exception group's box. */
function marginOf(ctx) {
  return ctx.depth === 0 ? '' : indentOf(ctx) + '| ';
}

function indentOf(ctx) {
  return ' '.repeat(2 * ctx.depth);
}

/** Prefixes every line of `text` with the group margin of the current depth. */
function emit(ctx, text, margin = '|') {
  if (ctx.depth === 0) return text;
  const prefix = indentOf(ctx) + margin + ' ';
  return text.replace(/[^\n]*\n|[^\n]+$/g, (line) => prefix + line);
}

function isGroupException(e) {
  return e.$excs !== undefined && e.$excs instanceof Object && Array.isArray(e.$excs.items);
}

/**
 * `e`'s frames as its traceback holds them. The JS stack recorded when it was raised reaches the
 * program's start, but a Python traceback ends at the frame that caught the exception: for an
 * exception shown as the cause or context of `outer` (or inside the group `outer`), the frames
 * outside that frame are the ones the two stacks share, and are dropped.
 */
function tracebackFrames(e, outer) {
  const { frames, keys } = keyedFrames(e.$stack);
  let shared = 0;
  if (outer !== undefined) {
    const outerKeys = keyedFrames(outer.$stack).keys;
    while (shared < keys.length && shared < outerKeys.length && keys[shared] === outerKeys[shared]) shared++;
  }
  const own = shared === 0 ? frames : frames.slice(shared);
  return e.$foreignFrames === undefined ? own : own.concat(e.$foreignFrames);
}

function formatIn(e, ctx, outer) {
  ctx.seen.add(e);
  let out = '';
  const cause = e.$cause;
  const context = e.$context;
  if (cause !== undefined && cause instanceof PyObject && !ctx.seen.has(cause)) {
    out += formatIn(cause, ctx, e);
    out += emit(ctx, '\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (context !== undefined && context instanceof PyObject && !e.$suppressContext && !ctx.seen.has(context)) {
    out += formatIn(context, ctx, e);
    out += emit(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  // An exception raised in a routed module carries its Python frames (internals/foreign.js).
  const frames = tracebackFrames(e, outer);
  const stack = formatFrames(frames, e);
  if (!isGroupException(e)) {
    if (frames.length) out += emit(ctx, 'Traceback (most recent call last):\n' + stack);
    // A SyntaxError shows its own location, then its `msg` in place of its str().
    const located = syntaxLocation(e);
    if (located !== undefined) return out + emit(ctx, located.lines + messageLine(e, located.message) + '\n') + notesOf(e, ctx);
    return out + emit(ctx, exceptionLine(e, ctx) + '\n') + notesOf(e, ctx);
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return out + emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (frames.length) {
    out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|');
    out += emit(ctx, stack);
  }
  out += emit(ctx, exceptionLine(e, ctx) + '\n') + notesOf(e, ctx);
  const excs = e.$excs.items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += indentOf(ctx) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatIn(excs[i], ctx, e);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += indentOf(ctx) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

const RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;

/**
 * The frame lines of a traceback (tb_print_internal): the last `sys.tracebacklimit` frames, each
 * with its source line and markers, a frame repeated more than three times in a row collapsed
 * into "[Previous line repeated N more times]".
 */
function formatFrames(frames, e) {
  let out = '';
  let last;
  let count = 0;
  const repeated = () => {
    const n = count - RECURSIVE_CUTOFF;
    return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
  };
  const first = Math.max(0, frames.length - TRACEBACK_LIMIT);
  for (let i = first; i < frames.length; i++) {
    const f = frames[i];
    if (last === undefined || f.file !== last.file || f.line !== last.line || f.name !== last.name) {
      if (count > RECURSIVE_CUTOFF) out += repeated();
      last = f;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    let pos = f.pos;
    // The attribute lookup of a method call fails at the attribute (CPython's LOAD_METHOD).
    if (pos !== undefined && pos.anchor === 3 && i === frames.length - 1 && isAttributeError(e)) {
      pos = { line: pos.line, col: pos.col, endLine: pos.a, endCol: pos.b, anchor: 0 };
    }
    out += sourceLinesOf(f.file, pos, f.line, '');
  }
  if (count > RECURSIVE_CUTOFF) out += repeated();
  return out;
}

function isAttributeError(e) {
  return isSubtype(e.$cls, AttributeError);
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
    const code = getattr(e, 'code');
    flushStdout();
    // hostExit does not return under Node; in a browser it reports the status and returns.
    if (code === undefined) return hostExit(0);
    const status = exitStatus(code);
    if (status !== undefined) return hostExit(status);
    writeStderr(strOf(code) + '\n');
    return hostExit(1);
  }
  // The default excepthook: suggestions for a wrong name (internals/uncaught-suggestion.js).
  writeStderr(formatException(e, new Set(), true));
  // CPython ends by its own SIGINT after an uncaught KeyboardInterrupt (exit_sigint), so a shell
  // sees the interrupt.
  if (isSubtype(e.$cls, KeyboardInterrupt)) return hostExitBySigint();
  return hostExit(1);
}

/**
 * The exit status of an int exit code (an int subclass too), or undefined for another object:
 * CPython passes PyLong_AsLong's C long to exit(), which keeps its low 8 bits, and -1 (255) when
 * the int does not fit in a C long.
 */
function exitStatus(code) {
  const v = intValueOf(code);
  if (v === undefined) return undefined;
  if (typeof v !== 'bigint') return Number(v) & 0xff;
  return BigInt.asIntN(64, v) === v ? Number(BigInt.asUintN(8, v)) : 255;
}

/** Installs the handler once (called by every generated entry module). */
let installed = false;
export function installUncaughtHandler() {
  if (installed) return;
  installed = true;
  Error.stackTraceLimit = TRACEBACK_LIMIT;
  onUncaught(handleUncaught);
}

export { typeOf };
