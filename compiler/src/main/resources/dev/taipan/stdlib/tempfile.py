"""Temporary files and directories: the part of CPython 3.11's tempfile that str paths and the
runtime's open() can reproduce. Names are 'tmp' + 8 random characters from CPython's alphabet
(random by nature: programs cannot depend on them). What a program leaves behind (a
TemporaryDirectory not cleaned up, a NamedTemporaryFile not closed) is removed when it ends, as
CPython's finalizers do."""

import os as _os
import _taipan_os

template = 'tmp'
tempdir = None

TMP_MAX = 10000


def _check_str(*args):
    for arg in args:
        if isinstance(arg, bytes):
            raise NotImplementedError('tempfile: bytes paths are not supported')


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            filename = _os.path.join(dir, _taipan_os.random_name())
            try:
                f = open(filename, 'xb')
                try:
                    f.write(b'blat')
                finally:
                    f.close()
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(2, 'No usable temporary directory found in %s' % _candidate_tempdir_list())


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def gettempdir():
    """The default directory of temporary files (TMPDIR, TEMP, TMP, /tmp, ...), found once."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    _check_str(prefix, suffix, dir)
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory (mode 0o700) and returns its absolute path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _taipan_os.random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with its contents by cleanup() or at the end of a
    with statement (whose target is the directory's name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._registered = True
        _taipan_os.remove_at_exit(self.name)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._registered or _os.path.exists(self.name):
            self._registered = False
            _taipan_os.keep_at_exit(self.name)
            try:
                _taipan_os.rmtree(self.name)
            except FileNotFoundError:
                pass
            except OSError:
                if not self._ignore_cleanup_errors:
                    raise


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the open file (attribute file) under its name,
    deleted when closed if delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def _cleanup(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                _taipan_os.keep_at_exit(self.name)
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        try:
            self.file.close()
        finally:
            self._cleanup()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Creates and opens a new file (as mkstemp would) and returns it wrapped; the file is
    deleted when closed unless delete is false."""
    if 'x' in mode:
        raise NotImplementedError("NamedTemporaryFile: mode 'x' is not supported")
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + _taipan_os.random_name() + suffix))
        try:
            open(name, 'xb').close()
        except FileExistsError:
            continue
        break
    else:
        raise FileExistsError(17, 'No usable temporary file name found')
    try:
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    if delete:
        _taipan_os.remove_at_exit(name)
    return _TemporaryFileWrapper(file, name, delete)
