"""Operating-system interfaces: the part of CPython 3.11's os that a program reaches through the
runtime's host (Node's file system and environment; in a browser, no file system: calls fail as
for a missing file). POSIX conventions, as CPython on Linux: name 'posix', sep '/'.
Only str paths are accepted (CPython also takes bytes and os.PathLike objects)."""

import _taipan_os

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'

error = OSError

def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not ' + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'.format(
        path_type.__name__, type(path_repr).__name__))


def _path_arg(func, argname, path, allow_none=False):
    """A path argument as CPython's path_converter checks it (str only here)."""
    if allow_none and path is None:
        return '.'
    if isinstance(path, str):
        return path
    if allow_none and isinstance(path, int):
        raise NotImplementedError(f'{func}: file descriptors are not supported')
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        raise NotImplementedError(f'{func}: bytes paths are not supported')
    if hasattr(type(path), '__fspath__'):
        return _path_arg(func, argname, fspath(path))
    allowed = 'string, bytes, os.PathLike or None' if allow_none else 'string, bytes or os.PathLike'
    raise TypeError(f'{func}: {argname} should be {allowed}, not {type(path).__name__}')


def getcwd():
    return _taipan_os.getcwd()


def chdir(path):
    path = _path_arg('chdir', 'path', path)
    _taipan_os.chdir(path)


def listdir(path=None):
    path = _path_arg('listdir', 'path', path, True)
    return _taipan_os.listdir(path)


def mkdir(path, mode=0o777):
    path = _path_arg('mkdir', 'path', path)
    _taipan_os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = _path.split(name)
    if not tail:
        head, tail = _path.split(head)
    if head and tail and not _path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not _path.isdir(name):
            raise


def rmdir(path):
    path = _path_arg('rmdir', 'path', path)
    _taipan_os.rmdir(path)


def remove(path):
    path = _path_arg('remove', 'path', path)
    _taipan_os.unlink(path)


def unlink(path):
    path = _path_arg('unlink', 'path', path)
    _taipan_os.unlink(path)


def rename(src, dst):
    src = _path_arg('rename', 'src', src)
    dst = _path_arg('rename', 'dst', dst)
    _taipan_os.rename(src, dst)


def replace(src, dst):
    src = _path_arg('replace', 'src', src)
    dst = _path_arg('replace', 'dst', dst)
    _taipan_os.rename(src, dst)


class _Environ:
    """os.environ: the environment at start-up; changes are passed on to the host."""

    def __init__(self, pairs):
        self._data = {}
        for key, value in pairs:
            self._data[key] = value

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        if '=' in key or not key:
            raise ValueError('illegal environment variable name')
        _taipan_os.setenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        _taipan_os.setenv(key, None)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ', '.join(f'{key!r}: {value!r}' for key, value in self._data.items())
        return f'environ({{{items}}})'

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other.items() if isinstance(other, _Environ) else other)
        return new


environ = _Environ(_taipan_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


from os import path
_path = path
