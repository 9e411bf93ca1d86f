// `_taipan_os`: the host calls behind the `os` module (compiled from its Python source, compiler
// resources dev/taipan/stdlib/os.py): the file system and environment of internals/host.js.
// A failing call raises the OSError CPython would (`[Errno 2] No such file or directory: 'x'`).
// Not importable by user programs: the router does not provide it.

import { AttrDict } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyModule } from '../internals/attribute.js';
import { attempt } from '../internals/os-error.js';
import { hostFsCall, hostListDir, hostCwd, hostChdir, hostEnviron, hostSetEnv, onHostExit } from '../internals/host.js';

/** 'file', 'dir' or 'other' for an existing path (symlinks followed), None when stat fails. */
function kind(path) {
  if (path.includes('\0')) return undefined;
  try {
    const st = hostFsCall('statSync', path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch (e) {
    if (e && typeof e.errno === 'number' && e.errno < 0) return undefined;
    throw e;
  }
}

const atExit = new Set();
let exitHooked = false;

function removeLeftovers() {
  for (const p of atExit) {
    try {
      hostFsCall('rmSync', p, { recursive: true, force: true });
    } catch (e) {
      // As CPython's finalizers at exit: a failure is not reported.
    }
  }
}

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

const attrs = new AttrDict();
Object.assign(attrs, {
  kind,
  size: (path) => attempt([path], () => hostFsCall('statSync', path).size),
  listdir: (path) => attempt([path], () => hostListDir(path)),
  mkdir: (path, mode) => attempt([path], () => hostFsCall('mkdirSync', path, { mode })),
  rmdir: (path) => attempt([path], () => hostFsCall('rmdirSync', path)),
  unlink: (path) => attempt([path], () => hostFsCall('unlinkSync', path)),
  rename: (src, dst) => attempt([src, dst], () => hostFsCall('renameSync', src, dst)),
  chdir: (path) => attempt([path], () => hostChdir(path)),
  getcwd: () => hostCwd(),
  environ: () => hostEnviron().map(([k, v]) => new Tuple([k, v])),
  setenv: (name, value) => hostSetEnv(name, value),
  // For tempfile: 8 characters from CPython's _RandomNameSequence alphabet, and shutil.rmtree.
  random_name: () => Array.from({ length: 8 }, () => NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)]).join(''),
  rmtree: (path) => attempt([path], () => hostFsCall('rmSync', path, { recursive: true })),
  // What tempfile's finalizers remove when the program ends, if the program did not.
  remove_at_exit: (path) => {
    if (!exitHooked) {
      exitHooked = true;
      onHostExit(removeLeftovers);
    }
    atExit.add(path);
  },
  keep_at_exit: (path) => {
    atExit.delete(path);
  },
});

/** The module object for `import _taipan_os` in os.py. */
export const _taipan_os = new PyModule('_taipan_os', attrs);
