// `_taipan_os`: the host calls behind the `os` module (compiled from its Python source, compiler
// resources dev/taipan/stdlib/os.py): the file system and environment of internals/host.js.
// A failing call raises the OSError CPython would (`[Errno 2] No such file or directory: 'x'`).
// Not importable by user programs: the router does not provide it.

import { AttrDict } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyModule } from '../internals/attribute.js';
import { call } from '../internals/call.js';
import { pyError } from '../internals/errors.js';
import { OSError } from '../types/exceptions.js';
import { hostFsCall, hostListDir, hostCwd, hostChdir, hostEnviron, hostSetEnv } from '../internals/host.js';

// strerror() of the errno values the host reports, as glibc spells them.
const STRERROR = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error', 9: 'Bad file descriptor',
  13: 'Permission denied', 16: 'Device or resource busy', 17: 'File exists', 18: 'Invalid cross-device link',
  20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument', 24: 'Too many open files',
  26: 'Text file busy', 27: 'File too large', 28: 'No space left on device', 30: 'Read-only file system',
  31: 'Too many links', 36: 'File name too long', 39: 'Directory not empty', 40: 'Too many levels of symbolic links',
};

/**
 * Runs `f` on the host; a failure raises CPython's OSError for it (OSError(errno, strerror,
 * filename[, None, filename2]), which picks the subclass: FileNotFoundError, ...), and a path
 * holding NUL raises ValueError as CPython's path conversion does.
 */
function attempt(paths, f) {
  for (const p of paths) if (p.includes('\0')) throw pyError('ValueError', 'embedded null byte');
  try {
    return f();
  } catch (e) {
    if (!e || typeof e.errno !== 'number' || e.errno >= 0) throw e;
    // libuv's codes are the negated POSIX ones on Linux and macOS.
    const errno = -e.errno;
    const strerror = STRERROR[errno] !== undefined ? STRERROR[errno] : `Unknown error ${errno}`;
    throw paths.length === 2 ? call(OSError, errno, strerror, paths[0], undefined, paths[1]) : call(OSError, errno, strerror, paths[0]);
  }
}

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
});

/** The module object for `import _taipan_os` in os.py. */
export const _taipan_os = new PyModule('_taipan_os', attrs);
