// The loader a build ships in dist/: imports routed modules into Pyodide on first use and hands
// their module objects (PyProxy) to transpiled code. Pyodide starts only when the first routed
// module is requested, and only once.
import { startPyodide, loadPackages } from './pyodide-host.mjs';
import { installShownPaths } from './shown-paths.mjs';

/** Where routed sources are written inside Pyodide's file system (on sys.path). */
export const ROUTED_HOME = '/home/pyodide/taipan';

let config = null;
let installed = null;
const modules = new Map();

/**
 * Sets where the build's manifest lives and how to start Pyodide. `manifestURL` is a URL (or,
 * in Node, a file URL/path) of taipan-manifest.json; routed sources are read relative to it
 * from `python/<file>`. `pyodide` holds startPyodide's options. Call before loadRouted.
 */
export function configureRouted({ manifestURL, pyodide = {} }) {
  if (installed !== null) throw new Error('configureRouted must come before the first loadRouted');
  config = { manifestURL: String(manifestURL), pyodide };
}

/**
 * Imports the routed module `name` (dotted) in Pyodide and returns its module object as a
 * PyProxy: attribute reads and calls cross the boundary by Pyodide's conversion rules.
 * The returned promise is the same for every call with the same name.
 */
export function loadRouted(name) {
  if (!modules.has(name)) {
    modules.set(name, install().then((pyodide) => pyodide.pyimport(name)));
  }
  return modules.get(name);
}

function install() {
  if (installed === null) installed = doInstall();
  return installed;
}

async function doInstall() {
  if (config === null) throw new Error('loadRouted: call configureRouted({ manifestURL }) first');
  const manifest = JSON.parse(await readText(config.manifestURL));
  const pyodide = await startPyodide(config.pyodide);
  const routed = manifest.modules.filter((m) => m.route === 'pyodide');
  const sources = await Promise.all(
    routed.map((m) => readText(new URL('python/' + m.file, toURL(config.manifestURL)).href)));
  routed.forEach((m, i) => {
    const target = `${ROUTED_HOME}/${m.file}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, sources[i]);
  });
  installShownPaths(pyodide, ROUTED_HOME, manifest);
  await loadPackages(pyodide, manifest.pyodide.packages);
  pyodide.runPython(`import sys\nif ${JSON.stringify(ROUTED_HOME)} not in sys.path: sys.path.insert(0, ${JSON.stringify(ROUTED_HOME)})`);
  return pyodide;
}

function toURL(u) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return new URL(u);
  return new URL(u, typeof document !== 'undefined' ? document.baseURI : `file://${process.cwd()}/`);
}

async function readText(u) {
  const url = toURL(u);
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.text();
}
