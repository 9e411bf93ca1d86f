// The paths a routed module shows: its code object's file name (tracebacks, warnings, inspect)
// is the path the manifest records for it, the one transpiled modules show for their own frames,
// not where the build's copy of the source happens to be (python/x.py, or a temporary directory
// under `taipan run`). Its __file__ is that path too when it names an existing file (so
// `taipan run` programs find data files beside their script, as under CPython), else the copy's.

// Installed once per interpreter: an import hook for the directories holding routed copies
// (other directories keep Python's own finders, extension modules included) whose loader
// compiles a copy under its shown path and seeds linecache with the copy's lines, since the
// shown path need not exist where the program runs.
const HOOK = String.raw`
def _taipan_install_shown_paths():
    import sys, os, linecache
    import importlib.machinery as machinery
    import importlib.util as util
    shown = {}

    def show(path, data):
        to = shown.get(path)
        if to is None:
            return path
        lines = util.decode_source(data).splitlines(True)
        linecache.cache[to] = (len(data), None, lines, to)
        return to

    def file_of(path):
        to = shown.get(path)
        return to if to is not None and os.path.isabs(to) and os.path.isfile(to) else path

    class ShownLoader(machinery.SourceFileLoader):
        def get_code(self, fullname):
            path = self.get_filename(fullname)
            if path not in shown:
                return super().get_code(fullname)
            data = self.get_data(path)
            return compile(data, show(path, data), 'exec', dont_inherit=True)

        def exec_module(self, module):
            module.__file__ = file_of(self.get_filename(module.__name__))
            super().exec_module(module)

    def hook(entry):
        prefix = entry.rstrip('/') + '/'
        if not any(p.startswith(prefix) for p in shown):
            raise ImportError('no routed copies here')
        return machinery.FileFinder(entry, (ShownLoader, machinery.SOURCE_SUFFIXES))

    sys.path_hooks.insert(0, hook)
    sys.path_importer_cache.clear()

    def add(table):
        shown.update(table)
        sys.path_importer_cache.clear()
    return add, show, file_of

_taipan_shown_add, _taipan_show, _taipan_file_of = _taipan_install_shown_paths()
`;

const installed = new WeakSet();

/**
 * Records where each routed module of `manifest` is copied (`home/<file>` in Pyodide's file
 * system) and the path it shows (the manifest's `path`; builds before it had none).
 */
export function installShownPaths(pyodide, home, manifest) {
  if (!installed.has(pyodide)) {
    pyodide.runPython(HOOK);
    installed.add(pyodide);
  }
  const table = {};
  for (const m of manifest.modules) {
    if (m.route === 'pyodide' && typeof m.path === 'string') table[`${home}/${m.file}`] = m.path;
  }
  const add = pyodide.globals.get('_taipan_shown_add');
  try {
    add(pyodide.toPy(table));
  } finally {
    add.destroy();
  }
}

/** The directories of the shown paths that exist on this machine (Node), to mount for __file__. */
export async function shownDirs(manifest) {
  const fs = await import('node:fs');
  const path = await import('node:path');
  return manifest.modules
    .filter((m) => m.route === 'pyodide' && typeof m.path === 'string' && path.isAbsolute(m.path) && fs.existsSync(m.path))
    .map((m) => path.dirname(m.path));
}

/**
 * sys.argv[0]: the script as `taipan run` was given it (it passes `globalThis.taipanScript`),
 * else the name of the entry's JS file as a .py, as the transpiled runtime gives it.
 */
export function scriptName(path, jsFile) {
  if (typeof globalThis.taipanScript === 'string') return globalThis.taipanScript;
  return path.basename(jsFile).replace(/\.m?js$/, '.py');
}
