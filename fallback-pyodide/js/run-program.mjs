// Runs a whole Python program inside Pyodide as `python3 ENTRY.py ARGS...` would: same argv,
// sys.path[0], __main__, stdout/stderr bytes, traceback and exit status.
import { loadPackages } from './pyodide-host.mjs';

// CPython's Modules/main.c behaviour, written in Python so that Pyodide's interpreter does the
// work: the entry runs as __main__, SystemExit maps to an exit status, any other uncaught
// exception prints a traceback that starts at the program's own frames.
const DRIVER = String.raw`
def _taipan_run_main(path, argv, mounted):
    import sys, os, types, traceback
    saved_argv, saved_path, saved_main = sys.argv, list(sys.path), sys.modules.get('__main__')
    saved_cwd = os.getcwd()
    before = set(sys.modules)
    sys.argv = list(argv)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    # CPython 3.9+ gives the script its absolute path (__file__, tracebacks).
    path = os.path.abspath(path)
    # Pyodide runs its browser event loop (WebLoop) as the running loop, so asyncio.run() would
    # raise; the program gets CPython's behaviour from a synchronous loop instead.
    import asyncio.events as events
    saved_running, saved_policy = events._get_running_loop(), events.get_event_loop_policy()
    events._set_running_loop(None)
    events.set_event_loop_policy(_TaipanSyncPolicy())
    # A routed build's entry shows the path its manifest records (shown-paths.mjs).
    show = globals().get('_taipan_show', lambda p, data: p)
    file_of = globals().get('_taipan_file_of', lambda p: p)
    main = types.ModuleType('__main__')
    main.__file__ = file_of(path)
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    status = 0
    try:
        try:
            with open(path, 'rb') as f:
                source = f.read()
            code = compile(source, show(path, source), 'exec')
            exec(code, main.__dict__)
        except SystemExit as e:
            status = _taipan_exit_status(e)
        except BaseException as e:
            tb = e.__traceback__
            # Drop this driver's frame: CPython's traceback starts at <module>.
            if tb is not None and tb.tb_frame.f_code is _taipan_run_main.__code__:
                tb = tb.tb_next
            e.__traceback__ = tb
            if sys.excepthook is sys.__excepthook__:
                # The traceback module prints what CPython's C hook prints, source lines included.
                te = traceback.TracebackException(type(e), e, tb)
                _taipan_bridge_frames(te, e, set())
                print(''.join(te.format()), end='', file=sys.stderr)
            else:
                sys.excepthook(type(e), e, tb)
            status = 1
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                status = 120 if status == 0 else status
    finally:
        # Leave the interpreter as found, so one Pyodide instance can run several programs.
        sys.argv, sys.path[:] = saved_argv, saved_path
        if saved_main is not None:
            sys.modules['__main__'] = saved_main
        for name in set(sys.modules) - before:
            m = sys.modules[name]
            f = getattr(m, '__file__', None) or ''
            if any(f.startswith(root + '/') for root in mounted):
                del sys.modules[name]
        os.chdir(saved_cwd)
        events.set_event_loop_policy(saved_policy)
        events._set_running_loop(saved_running)
    return status

import asyncio as _asyncio, asyncio.events as _events

class _TaipanSyncSelector:
    # Nothing to wait for but timers: sleep until the next one is due.
    def select(self, timeout=None):
        if timeout:
            import time
            time.sleep(timeout)
        return []

    def close(self):
        pass

class _TaipanSyncLoop(_asyncio.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _TaipanSyncSelector()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

class _TaipanSyncPolicy(_events.BaseDefaultEventLoopPolicy):
    _loop_factory = _TaipanSyncLoop

def _taipan_bridge_frames(te, e, seen):
    # A program with transpiled modules: calls into them pass through the runtime's bridge
    # (frames of '<taipan-bridge>'), which CPython would not show; an exception raised by
    # transpiled code carries the transpiled frames instead (__taipan_frames__).
    import traceback
    if id(e) in seen:
        return
    seen.add(id(e))
    rows, inserted = [], False
    for f in te.stack:
        if f.filename != '<taipan-bridge>':
            rows.append(f)
        elif not inserted:
            inserted = True
            for file, line, name in getattr(e, '__taipan_frames__', ()):
                rows.append(traceback.FrameSummary(file, line, name, lookup_line=False, line=''))
    te.stack = traceback.StackSummary.from_list(rows)
    if te.__cause__ is not None and e.__cause__ is not None:
        _taipan_bridge_frames(te.__cause__, e.__cause__, seen)
    if te.__context__ is not None and e.__context__ is not None:
        _taipan_bridge_frames(te.__context__, e.__context__, seen)

def _taipan_exit_status(e):
    import sys
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    try:
        print(code, file=sys.stderr)
    except Exception:
        pass
    return 1
`;

const prepared = new WeakSet();

/**
 * Runs `entry` (a path on the real file system) with `argv` (sys.argv[1:]) and returns the exit
 * status. The directories in `dirs` (default: the working directory and the entry's directory)
 * are mounted at the same absolute paths, so relative paths, imports and files read by the
 * program resolve as under CPython. `packages` are Pyodide package names to load first;
 * `argv0` is sys.argv[0] (default: `entry` as given).
 */
export async function runProgram(pyodide, { entry, argv = [], argv0, dirs, packages = [] }) {
  const path = await import('node:path');
  const absEntry = path.resolve(entry);
  const mounted = mountDirs(pyodide, path, dirs ?? [process.cwd(), path.dirname(absEntry)]);
  await loadPackages(pyodide, packages);
  try {
    pyodide.FS.chdir(process.cwd());
  } catch {
    // The working directory is not mounted: the program sees Pyodide's home directory.
  }
  return runMain(pyodide, { path: absEntry, argv: [argv0 ?? entry, ...argv], mounted });
}

/**
 * Runs the file at `path` (inside Pyodide's file system) as __main__ with `argv` (sys.argv
 * whole) and returns the exit status; modules loaded from under `mounted` are forgotten after.
 */
export function runMain(pyodide, { path, argv, mounted }) {
  if (!prepared.has(pyodide)) {
    pyodide.runPython(DRIVER);
    prepared.add(pyodide);
  }
  const run = pyodide.globals.get('_taipan_run_main');
  try {
    return run(path, pyodide.toPy(argv), pyodide.toPy(mounted));
  } finally {
    run.destroy();
  }
}

/** Mounts each directory (outermost first, nested ones covered by their parent) with NODEFS. */
export function mountDirs(pyodide, path, dirs) {
  const FS = pyodide.FS;
  const roots = [...new Set(dirs.map((d) => path.resolve(d)))].sort();
  const outermost = roots.filter((d) => !roots.some((o) => o !== d && (d.startsWith(o + '/') || o === '/')));
  if (!mounts.has(pyodide)) mounts.set(pyodide, []);
  const done = mounts.get(pyodide);
  for (const dir of outermost) {
    if (done.some((m) => dir === m || dir.startsWith(m + '/'))) continue;
    FS.mkdirTree(dir);
    FS.mount(FS.filesystems.NODEFS, { root: dir }, dir);
    done.push(dir);
  }
  return outermost;
}

const mounts = new WeakMap();
