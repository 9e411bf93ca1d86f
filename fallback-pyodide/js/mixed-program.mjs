// Starts Pyodide for a program whose transpiled modules import routed ones. Each routed module's
// JS file in the build awaits `routedInterpreter` at its top level (so the transpiled side keeps
// static imports); the first await starts Pyodide, mounts the build's python/ folder and the
// working directory as run-built does, loads the manifest's packages and sets sys.argv as the
// transpiled runtime gives it. A program with no routed module never imports this file.
import { loadPackages } from './pyodide-host.mjs';
import { mountDirs } from './run-program.mjs';
import { ROUTED_HOME } from './routed-modules.mjs';
import { IS_NODE, readText, startNodePyodide, startBrowserPyodide, writeRoutedSources } from './build-pyodide.mjs';
import { installShownPaths, shownDirs, scriptName } from './shown-paths.mjs';

let ready = null;

/**
 * The one Pyodide instance of the program, ready to import routed modules. `base`: the build
 * directory's URL; `source`: 'copy' when the build holds Pyodide in pyodide/, else 'cdn'.
 */
export function routedInterpreter(base, source) {
  if (ready === null) ready = boot(new URL(base), source);
  return ready;
}

async function boot(base, source) {
  const manifest = JSON.parse(await readText(new URL('taipan-manifest.json', base)));
  if (IS_NODE) {
    const { pyodide, pythonDir, path } = await startNodePyodide(base, source);
    mountDirs(pyodide, path, [process.cwd(), pythonDir, ...await shownDirs(manifest)]);
    installShownPaths(pyodide, pythonDir, manifest);
    await loadPackages(pyodide, manifest.pyodide.packages);
    try {
      pyodide.FS.chdir(process.cwd());
    } catch {
      // The working directory is not mounted: Python sees Pyodide's home directory.
    }
    // sys.argv as the transpiled runtime gives it: the script's name, then the arguments.
    prepare(pyodide, pythonDir, [scriptName(path, process.argv[1] ?? 'main.js'), ...process.argv.slice(2)]);
    return pyodide;
  }
  const pyodide = await startBrowserPyodide(base, source);
  await writeRoutedSources(pyodide, base, manifest);
  installShownPaths(pyodide, ROUTED_HOME, manifest);
  await loadPackages(pyodide, manifest.pyodide.packages);
  prepare(pyodide, ROUTED_HOME, [manifest.entry]);
  return pyodide;
}

function prepare(pyodide, home, argv) {
  pyodide.taipanHome = [home];
  const setup = pyodide.runPython(
    'def _taipan_prepare(home, argv):\n'
    + '    import sys\n'
    + '    sys.path.insert(0, home)\n'
    + '    sys.argv = list(argv)\n'
    + '_taipan_prepare');
  try {
    setup(home, pyodide.toPy(argv));
  } finally {
    setup.destroy();
  }
}
