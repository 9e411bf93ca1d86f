// Runs a program that `taipan build` routed to Pyodide, from the files of the build: the entry
// `<name>.js` calls runBuiltProgram, which starts Pyodide, loads the packages the manifest lists
// and runs the entry module as __main__ with CPython's stdio and exit status.
import { loadPackages } from './pyodide-host.mjs';
import { runProgram, runMain } from './run-program.mjs';
import { ROUTED_HOME } from './routed-modules.mjs';
import { IS_NODE, readText, startNodePyodide, startBrowserPyodide, writeRoutedSources } from './build-pyodide.mjs';
import { installShownPaths, shownDirs, scriptName } from './shown-paths.mjs';

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
    const { pyodide, pythonDir, path } = await startNodePyodide(base, source);
    // A routed entry that imports transpiled modules: the runtime's bridge lets Python import them.
    if (bridge) {
      pyodide.taipanHome = [pythonDir];
      bridge(pyodide);
    }
    installShownPaths(pyodide, pythonDir, manifest);
    const status = await runProgram(pyodide, {
      entry: path.join(pythonDir, entry),
      argv0: scriptName(path, process.argv[1] ?? entry),
      argv: process.argv.slice(2),
      dirs: [process.cwd(), pythonDir, ...await shownDirs(manifest)],
      packages: manifest.pyodide.packages,
    });
    process.exit(status);
  }
  const pyodide = await startBrowserPyodide(base, source);
  if (bridge) bridge(pyodide);
  await writeRoutedSources(pyodide, base, manifest);
  installShownPaths(pyodide, ROUTED_HOME, manifest);
  await loadPackages(pyodide, manifest.pyodide.packages);
  // The page may give argv and wants the status, as for transpiled programs (runtime host.js).
  const page = globalThis.taipan ?? {};
  const argv = Array.isArray(page.argv) && page.argv.length > 0 ? page.argv.map(String) : [entry];
  const status = await runMain(pyodide, { path: `${ROUTED_HOME}/${entry}`, argv, mounted: [ROUTED_HOME] });
  if (typeof page.exit === 'function') page.exit(status);
  return status;
}
