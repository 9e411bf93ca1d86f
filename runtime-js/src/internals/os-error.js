// The OSError CPython raises for a failed system call, built from the errno Node reports
// (libuv's codes are the negated POSIX ones on Linux and macOS). Shared by the os module's
// host calls (modules/os-internal.js) and open() (types/file.js).

import { pyError } from './errors.js';
import { call } from './call.js';
import { OSError } from '../types/exceptions.js';

// strerror() of the errno values the host reports, as glibc spells them.
const STRERROR = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error', 9: 'Bad file descriptor',
  13: 'Permission denied', 16: 'Device or resource busy', 17: 'File exists', 18: 'Invalid cross-device link',
  20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument', 24: 'Too many open files',
  26: 'Text file busy', 27: 'File too large', 28: 'No space left on device', 29: 'Illegal seek', 30: 'Read-only file system',
  31: 'Too many links', 36: 'File name too long', 39: 'Directory not empty', 40: 'Too many levels of symbolic links',
};

/** CPython's OSError(errno, strerror[, filename[, None, filename2]]), which picks the subclass (FileNotFoundError, ...). */
export function osError(errno, paths) {
  const strerror = STRERROR[errno] !== undefined ? STRERROR[errno] : `Unknown error ${errno}`;
  if (paths.length === 0) return call(OSError, errno, strerror);
  return paths.length === 2 ? call(OSError, errno, strerror, paths[0], undefined, paths[1]) : call(OSError, errno, strerror, paths[0]);
}

/**
 * Runs `f` on the host; a failure raises CPython's OSError for it, naming `paths`, and a path
 * holding NUL raises ValueError as CPython's path conversion does.
 */
export function attempt(paths, f) {
  for (const p of paths) if (p.includes('\0')) throw pyError('ValueError', 'embedded null byte');
  try {
    return f();
  } catch (e) {
    if (!e || typeof e.errno !== 'number' || e.errno >= 0) throw e;
    throw osError(-e.errno, paths);
  }
}
