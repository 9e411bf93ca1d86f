// What the ways of running a build's routed modules share (run-built.mjs for a routed entry,
// mixed-program.mjs for routed modules under a transpiled entry, routed-modules.mjs): reading
// the build's files, starting Pyodide from where the build says, and writing the routed sources
// into a browser's Pyodide, which cannot mount the build's python/ folder.
import { startPyodide } from './pyodide-host.mjs';
import { ROUTED_HOME } from './routed-modules.mjs';

export const IS_NODE = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

/** A file of the build, from disk (file: URLs) or over HTTP. */
export async function readText(url) {
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Node: Pyodide from $TAIPAN_PYODIDE, the build's pyodide/ copy (`source` 'copy') or the npm
 * package; with the build's python/ folder as a path, and node:path for the caller.
 */
export async function startNodePyodide(base, source) {
  const { fileURLToPath } = await import('node:url');
  const path = await import('node:path');
  const fromEnv = process.env.TAIPAN_PYODIDE;
  const indexURL = fromEnv ? path.resolve(fromEnv) + '/'
    : source === 'copy' ? fileURLToPath(new URL('pyodide/', base)) : undefined;
  const pyodide = await startPyodide({ indexURL });
  const pythonDir = fileURLToPath(new URL('python/', base)).replace(/\/$/, '');
  return { pyodide, pythonDir, path };
}

/** Browser: Pyodide from the build's pyodide/ copy (`source` 'copy') or the pinned CDN. */
export function startBrowserPyodide(base, source) {
  return startPyodide(source === 'copy' ? { indexURL: new URL('pyodide/', base).href } : {});
}

/** Writes the manifest's routed sources under ROUTED_HOME in Pyodide's file system. */
export async function writeRoutedSources(pyodide, base, manifest) {
  const files = manifest.modules.filter((m) => m.route === 'pyodide').map((m) => m.file);
  const texts = await Promise.all(files.map((f) => readText(new URL('python/' + f, base))));
  files.forEach((f, i) => {
    const target = `${ROUTED_HOME}/${f}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, texts[i]);
  });
}
