// The host a program runs in. Under Node: the process's file descriptors, argv and exit status,
// as `python3 app.py` has them. In a browser: the console, or what the page supplies in
// `globalThis.taipan` before it loads the entry module:
//
//   globalThis.taipan = {
//     argv: ['app.py', 'arg'],          // sys.argv (default: [''])
//     stdin: 'line 1\nline 2\n',         // what input() and sys.stdin read (default: empty)
//     stdout: (text) => {...},           // every write to sys.stdout, as written
//     stderr: (text) => {...},           // every write to sys.stderr (tracebacks included)
//     exit: (status) => {...},           // called once when the program ends by an exception
//   };
//
// Node's modules are reached through process.getBuiltinModule, never a static `node:` import,
// so the same runtime files load in a browser.

const nodeProcess = typeof process !== 'undefined' && process.versions && process.versions.node ? process : undefined;

/** True under Node. */
export const IS_NODE = nodeProcess !== undefined;

const fs = IS_NODE ? await nodeFs() : undefined;

async function nodeFs() {
  if (typeof nodeProcess.getBuiltinModule === 'function') return nodeProcess.getBuiltinModule('node:fs');
  return import('node:fs');
}

const page = !IS_NODE && typeof globalThis.taipan === 'object' && globalThis.taipan !== null ? globalThis.taipan : {};

/**
 * The command line as sys.argv shows it: the script's name (`app.py`) and its arguments. Under
 * `taipan run` the script is the Python file as the command was given it (`globalThis.taipanScript`,
 * set by a `--import` of node's command line), as CPython's argv[0] is.
 */
export function hostArgv() {
  if (IS_NODE) {
    const script = typeof globalThis.taipanScript === 'string' ? globalThis.taipanScript
      : '' + (nodeProcess.argv[1] || '').replace(/^.*[\\/]/, '').replace(/\.js$/, '.py');
    return [script, ...nodeProcess.argv.slice(2)];
  }
  return Array.isArray(page.argv) && page.argv.length > 0 ? page.argv.map(String) : [''];
}

const encoder = new TextEncoder();

function writeFd(fd, s) {
  const buf = encoder.encode(s);
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EPIPE') return;
      throw e;
    }
  }
}

/** A browser console stream: whole lines go to the console, a partial line waits for its end or a flush. */
function consoleStream(log) {
  let line = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (line !== '') {
      const s = line;
      line = '';
      log(s);
    }
  };
  return (s) => {
    const parts = (line + s).split('\n');
    line = parts.pop();
    for (const p of parts) log(p);
    if (line !== '' && !scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  };
}

/** Writes text to standard output (fd 1 under Node). */
export const hostWriteStdout = IS_NODE
  ? (s) => writeFd(1, s)
  : typeof page.stdout === 'function' ? (s) => page.stdout(s) : consoleStream((s) => console.log(s));

/** Writes text to standard error (fd 2 under Node). */
export const hostWriteStderr = IS_NODE
  ? (s) => writeFd(2, s)
  : typeof page.stderr === 'function' ? (s) => page.stderr(s) : consoleStream((s) => console.error(s));

const decoder = new TextDecoder();
let pageStdin = !IS_NODE && typeof page.stdin === 'string' ? encoder.encode(page.stdin) : new Uint8Array(0);

/** Reads up to `max` bytes of standard input; an empty array at end of input. */
export function hostReadStdin(max) {
  if (!IS_NODE) {
    const chunk = pageStdin.subarray(0, max);
    pageStdin = pageStdin.subarray(chunk.length);
    return chunk;
  }
  const chunk = new Uint8Array(max);
  for (;;) {
    try {
      return chunk.subarray(0, fs.readSync(0, chunk, 0, max, null));
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') return chunk.subarray(0, 0);
      throw e;
    }
  }
}

/** Decodes UTF-8 bytes to a string. */
export function decodeUtf8(bytes) {
  return decoder.decode(bytes);
}

/** Ends the program with `status` (Node: the process's exit status; browser: the page's `exit` hook). */
export function hostExit(status) {
  if (IS_NODE) nodeProcess.exit(status);
  if (typeof page.exit === 'function') page.exit(status);
}

/**
 * Ends the program as killed by SIGINT (Node: the signal's default action, with our listeners
 * removed; browser: the page's `exit` hook with the status a shell reports, 130).
 */
export function hostExitBySigint() {
  if (IS_NODE) {
    nodeProcess.removeAllListeners('SIGINT');
    nodeProcess.kill(nodeProcess.pid, 'SIGINT');
    return;
  }
  if (typeof page.exit === 'function') page.exit(130);
}

/** Runs `f` when the program is about to end (Node's exit event; nothing to do in a browser). */
export function onHostExit(f) {
  if (IS_NODE) nodeProcess.on('exit', f);
}

/** Calls `handler(error)` for an exception no code caught, synchronous or from a promise. */
export function onUncaught(handler) {
  if (IS_NODE) {
    nodeProcess.on('uncaughtException', handler);
    nodeProcess.on('unhandledRejection', handler);
    return;
  }
  if (typeof globalThis.addEventListener !== 'function') return;
  globalThis.addEventListener('error', (ev) => {
    ev.preventDefault();
    handler(ev.error);
  });
  globalThis.addEventListener('unhandledrejection', (ev) => {
    ev.preventDefault();
    handler(ev.reason);
  });
}

// ---- The file system and environment, for the os module (modules/os-internal.js). A browser
// has no file system: every call fails as for a missing file, as CPython's would.

const ENOENT = Object.assign(new Error('no such file or directory'), { code: 'ENOENT', errno: -2 });

/** Runs Node's `fs[op](...args)`; in a browser, throws an ENOENT error as Node would. */
export function hostFsCall(op, ...args) {
  if (!IS_NODE) throw ENOENT;
  return fs[op](...args);
}

/** The names of a directory's entries in the order the file system lists them (as readdir(3)). */
export function hostListDir(path) {
  if (!IS_NODE) throw ENOENT;
  const dir = fs.opendirSync(path);
  const names = [];
  try {
    for (let ent = dir.readSync(); ent !== null; ent = dir.readSync()) names.push(ent.name);
  } finally {
    dir.closeSync();
  }
  return names;
}

/** The process's current directory ('/' in a browser). */
export function hostCwd() {
  return IS_NODE ? nodeProcess.cwd() : '/';
}

/** Changes the current directory. */
export function hostChdir(path) {
  if (!IS_NODE) throw ENOENT;
  nodeProcess.chdir(path);
}

/** The environment as [name, value] pairs, in the process's order (the page's `env` object in a browser). */
export function hostEnviron() {
  const env = IS_NODE ? nodeProcess.env : typeof page.env === 'object' && page.env !== null ? page.env : {};
  return Object.entries(env).map(([k, v]) => [k, String(v)]);
}

/** Sets (value a string) or removes (value undefined) an environment variable. */
export function hostSetEnv(name, value) {
  if (!IS_NODE) return;
  if (value === undefined) delete nodeProcess.env[name];
  else nodeProcess.env[name] = value;
}

/** The open(2) flags of Node's fs.constants (an empty object in a browser, where open fails anyway). */
export function hostOpenFlags() {
  return IS_NODE ? fs.constants : {};
}
