// Starts Pyodide (CPython 3.11 on WebAssembly) at most once per JavaScript realm, only when
// asked: in Node from the pinned `pyodide` npm package, in a browser from a base URL
// (a self-hosted copy or the pinned CDN release, checked against integrity hashes).
import { PYODIDE_VERSION, PYODIDE_CDN_URL, PYODIDE_FILES } from './pyodide-files.mjs';

const IS_NODE = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

let started = null;

/**
 * Returns the one Pyodide instance, starting it on the first call.
 * Options (first call only): `indexURL` (where pyodide.asm.wasm & co. live; default: the npm
 * package in Node, the pinned CDN folder in a browser), `checkIntegrity` (browser, default true
 * for the CDN), `stdout`/`stderr` (functions receiving Uint8Array chunks; default: the process's
 * file descriptors in Node, the console in a browser).
 */
export function startPyodide(options = {}) {
  if (started === null) {
    started = boot(options);
  }
  return started;
}

/** True once startPyodide has been called: a program with no routed module never calls it. */
export function pyodideRequested() {
  return started !== null;
}

async function boot(options) {
  const sinks = {
    stdout: options.stdout ?? defaultSink(1),
    stderr: options.stderr ?? defaultSink(2),
  };
  const pyodide = IS_NODE ? await bootNode(options) : await bootBrowser(options);
  // `write` hands over the exact bytes Python wrote, so partial lines and bytes that are not
  // UTF-8 go out unchanged, in the order Python flushed them.
  pyodide.setStdout({ write: (buf) => { sinks.stdout(buf); return buf.length; } });
  pyodide.setStderr({ write: (buf) => { sinks.stderr(buf); return buf.length; } });
  if (IS_NODE) {
    pyodide.setStdin({ read: readStdinInto, isatty: await isTty(0) });
  } else {
    // As for transpiled programs: the page's `taipan.stdin` text, else an empty stdin (never
    // Pyodide's default window.prompt).
    let rest = new TextEncoder().encode(typeof globalThis.taipan?.stdin === 'string' ? globalThis.taipan.stdin : '');
    pyodide.setStdin({ read: (buf) => {
      const n = Math.min(buf.length, rest.length);
      buf.set(rest.subarray(0, n));
      rest = rest.subarray(n);
      return n;
    } });
  }
  pyodide.taipanSinks = sinks;
  return pyodide;
}

async function bootNode(options) {
  let loadPyodide;
  // With `indexURL` (a directory holding pyodide.mjs & co.: a build's self-hosted copy or
  // $TAIPAN_PYODIDE) Pyodide comes from there, else from a resolvable `pyodide` npm package.
  const where = options.indexURL ? options.indexURL.replace(/\/?$/, '/') : null;
  try {
    if (where) {
      const { pathToFileURL } = await import('node:url');
      ({ loadPyodide } = await import(pathToFileURL(where + 'pyodide.mjs').href));
    } else {
      ({ loadPyodide } = await import('pyodide'));
    }
  } catch (e) {
    throw new Error(where
      ? `cannot load Pyodide from ${where}: ${e.message}`
      : `cannot load Pyodide: install the pinned release with \`npm install pyodide@${PYODIDE_VERSION}\`, `
        + `set TAIPAN_PYODIDE to a directory holding its files, or build with --pyodide copy (${e.message})`);
  }
  const args = { stdout: () => {}, stderr: () => {} };
  if (where) args.indexURL = where;
  return loadPyodide(args);
}

async function bootBrowser(options) {
  const base = options.indexURL ?? PYODIDE_CDN_URL;
  const check = options.checkIntegrity ?? base === PYODIDE_CDN_URL;
  if (check) {
    // fetch() rejects a response whose hash differs; Pyodide's own requests for the same URLs
    // are then answered from the HTTP cache.
    await Promise.all(Object.entries(PYODIDE_FILES).map(([name, f]) =>
      fetch(base + name, { integrity: f.integrity, cache: 'force-cache' }).then((r) => {
        if (!r.ok) throw new Error(`${base + name}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })));
  }
  const { loadPyodide } = await import(/* webpackIgnore: true */ base + 'pyodide.mjs');
  return loadPyodide({ indexURL: base, stdout: () => {}, stderr: () => {} });
}

/** Loads Pyodide packages (names from pyodide-lock.json) without printing progress to stdout. */
export async function loadPackages(pyodide, names) {
  if (names.length === 0) return;
  const errors = [];
  await pyodide.loadPackage(names, {
    messageCallback: () => {},
    errorCallback: (msg) => errors.push(msg),
    checkIntegrity: true,
  });
  if (errors.length > 0) {
    throw new Error(`Pyodide could not load ${names.join(', ')}: ${errors.join('; ')}`);
  }
}

function defaultSink(fd) {
  if (IS_NODE) {
    return (buf) => writeAllSync(fd, buf);
  }
  const decoder = new TextDecoder();
  // A page's own streams (globalThis.taipan, as for transpiled programs) get the text as written.
  const page = globalThis.taipan?.[fd === 1 ? 'stdout' : 'stderr'];
  if (typeof page === 'function') return (buf) => page(decoder.decode(buf, { stream: true }));
  let pending = '';
  const log = fd === 1 ? console.log : console.error;
  return (buf) => {
    pending += decoder.decode(buf, { stream: true });
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      log(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
  };
}

const nodeFs = IS_NODE ? await import('node:fs') : null;

/** Writes every byte, retrying when a non-blocking pipe is full. */
export function writeAllSync(fd, buf) {
  let off = 0;
  while (off < buf.length) {
    try {
      off += nodeFs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

function readStdinInto(buf) {
  for (;;) {
    try {
      return nodeFs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === 'EOF') return 0;
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

async function isTty(fd) {
  const tty = await import('node:tty');
  return tty.isatty(fd);
}
