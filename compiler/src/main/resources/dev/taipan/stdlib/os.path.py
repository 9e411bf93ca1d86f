"""os.path: CPython 3.11's posixpath for str paths. The pure functions follow posixpath's code
paths and errors; exists/isfile/isdir/getsize ask the host's file system (os.py)."""

import _taipan_os

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
devnull = '/dev/null'


def _fspath(path):
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        raise NotImplementedError('os.path: bytes paths are not supported')
    path_type = type(path)
    if hasattr(path_type, '__fspath__'):
        result = path_type.__fspath__(path)
        if isinstance(result, str):
            return result
        if isinstance(result, bytes):
            raise NotImplementedError('os.path: bytes paths are not supported')
        raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'.format(
            path_type.__name__, type(result).__name__))
    raise TypeError('expected str, bytes or os.PathLike object, not ' + path_type.__name__)


def _check_arg_types(funcname, *args):
    for s in args:
        if not isinstance(s, (str, bytes)) and not hasattr(type(s), '__fspath__'):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {s.__class__.__name__!r}') from None


def join(a, *p):
    a = _fspath(a)
    try:
        path = a
        for b in p:
            b = _fspath(b)
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def isabs(s):
    s = _fspath(s)
    return s.startswith(sep)


def normpath(path):
    path = _fspath(path)
    if not path:
        return curdir
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in ('', curdir):
            continue
        if comp != pardir or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == pardir):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_taipan_os.getcwd(), path)
    return normpath(path)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except TypeError:
        _check_arg_types('relpath', path, start)
        raise


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user needs the password database (pwd), which the host does not offer.
        raise NotImplementedError('os.path.expanduser: ~user is not supported')
    import os
    if 'HOME' not in os.environ:
        raise NotImplementedError('os.path.expanduser: no HOME in the environment')
    userhome = os.environ['HOME']
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _kind(path):
    return _taipan_os.kind(path if isinstance(path, str) else _fspath(path))


def exists(path):
    return _kind(path) is not None


def isfile(path):
    return _kind(path) == 'file'


def isdir(s):
    return _kind(s) == 'dir'


def getsize(filename):
    return _taipan_os.size(_fspath(filename))
