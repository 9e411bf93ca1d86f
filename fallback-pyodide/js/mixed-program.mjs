// Starts Pyodide for a program whose transpiled modules import routed ones. Each routed module's
// JS file in the build awaits `routedInterpreter` at its top level (so the transpiled side keeps
// static imports); the first await starts Pyodide, mounts the build's python/ folder and the
// working directory as run-built does, loads the manifest's packages and sets sys.argv as the
// transpiled runtime gives it. A program with no routed module never imports this file.
import { startPyodide, loadPackages } from './pyodide-host.mjs';
import { mountDirs } from './run-program.mjs';
import { ROUTED_HOME } from './routed-modules.mjs';

const IS_NODE = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

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
    const { fileURLToPath } = await import('node:url');
    const path = await import('node:path');
    const fromEnv = process.env.TAIPAN_PYODIDE;
    const indexURL = fromEnv ? path.resolve(fromEnv) + '/'
      : source === 'copy' ? fileURLToPath(new URL('pyodide/', base)) : undefined;
    const pyodide = await startPyodide({ indexURL });
    const pythonDir = fileURLToPath(new URL('python/', base)).replace(/\/$/, '');
    mountDirs(pyodide, path, [process.cwd(), pythonDir]);
    await loadPackages(pyodide, manifest.pyodide.packages);
    try {
      pyodide.FS.chdir(process.cwd());
    } catch {
      // The working directory is not mounted: Python sees Pyodide's home directory.
    }
    // sys.argv as the transpiled runtime gives it: the script's name, then the arguments.
    const argv0 = path.basename(process.argv[1] ?? 'main.js').replace(/\.m?js$/, '.py');
    prepare(pyodide, pythonDir, [argv0, ...process.argv.slice(2)]);
    return pyodide;
  }
  const pyodide = await startPyodide(source === 'copy' ? { indexURL: new URL('pyodide/', base).href } : {});
  const files = manifest.modules.filter((m) => m.route === 'pyodide').map((m) => m.file);
  const texts = await Promise.all(files.map((f) => readText(new URL('python/' + f, base))));
  files.forEach((f, i) => {
    const target = `${ROUTED_HOME}/${f}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, texts[i]);
  });
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

async function readText(url) {
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.text();
}
