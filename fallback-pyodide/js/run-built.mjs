// Runs a program that `taipan build` routed to Pyodide, from the files of the build: the entry
// `<name>.js` calls runBuiltProgram, which starts Pyodide, loads the packages the manifest lists
// and runs the entry module as __main__ with CPython's stdio and exit status.
import { startPyodide, loadPackages } from './pyodide-host.mjs';
import { runProgram, runMain } from './run-program.mjs';
import { ROUTED_HOME } from './routed-modules.mjs';

const IS_NODE = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

/**
 * `base`: the build directory's URL (holding taipan-manifest.json and python/). `entry`: the
 * entry module's file under python/. `pyodide`: 'copy' when the build holds Pyodide's files in
 * pyodide/, 'cdn' otherwise (Node: $TAIPAN_PYODIDE or the `pyodide` npm package; browser: the
 * pinned CDN with integrity hashes). In Node the process exits with the program's status; in a
 * browser the status is returned. `bridge` (optional): called with the Pyodide instance before
 * the program runs, when routed modules import transpiled ones (the runtime's installBridge).
 */
export async function runBuiltProgram(base, { entry, pyodide: source, bridge }) {
  const manifest = JSON.parse(await readText(new URL('taipan-manifest.json', base)));
  if (IS_NODE) {
    const { fileURLToPath } = await import('node:url');
    const path = await import('node:path');
    const fromEnv = process.env.TAIPAN_PYODIDE;
    const indexURL = fromEnv ? path.resolve(fromEnv) + '/'
      : source === 'copy' ? fileURLToPath(new URL('pyodide/', base)) : undefined;
    const pyodide = await startPyodide({ indexURL });
    const pythonDir = fileURLToPath(new URL('python/', base)).replace(/\/$/, '');
    // A routed entry that imports transpiled modules: the runtime's bridge lets Python import them.
    if (bridge) {
      pyodide.taipanHome = [pythonDir];
      bridge(pyodide);
    }
    // sys.argv[0] as the transpiled runtime gives it: the script's name.
    const argv0 = path.basename(process.argv[1] ?? entry).replace(/\.m?js$/, '.py');
    const status = await runProgram(pyodide, {
      entry: path.join(pythonDir, entry),
      argv0,
      argv: process.argv.slice(2),
      dirs: [process.cwd(), pythonDir],
      packages: manifest.pyodide.packages,
    });
    process.exit(status);
  }
  const pyodide = await startPyodide(source === 'copy' ? { indexURL: new URL('pyodide/', base).href } : {});
  if (bridge) bridge(pyodide);
  const files = manifest.modules.filter((m) => m.route === 'pyodide').map((m) => m.file);
  const texts = await Promise.all(files.map((f) => readText(new URL('python/' + f, base))));
  files.forEach((f, i) => {
    const target = `${ROUTED_HOME}/${f}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, texts[i]);
  });
  await loadPackages(pyodide, manifest.pyodide.packages);
  // The page may give argv and wants the status, as for transpiled programs (runtime host.js).
  const page = globalThis.taipan ?? {};
  const argv = Array.isArray(page.argv) && page.argv.length > 0 ? page.argv.map(String) : [entry];
  const status = await runMain(pyodide, { path: `${ROUTED_HOME}/${entry}`, argv, mounted: [ROUTED_HOME] });
  if (typeof page.exit === 'function') page.exit(status);
  return status;
}

async function readText(url) {
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.text();
}
