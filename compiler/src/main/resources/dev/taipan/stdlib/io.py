"""In-memory streams: io.StringIO and io.BytesIO as CPython 3.11's _io implements them
(positions, newline translation, error messages). Written for this project in Python; the text
is kept as one str plus the writes not yet joined, so a loop of write() calls stays linear."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


def _index(value):
    """A size argument: an integer, or None for 'all'."""
    if value is None:
        return -1
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'")
    return value.__index__()


def _position(value):
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


class _Memory:
    """What StringIO and BytesIO share: the closed flag and the checks every method makes, and
    the buffer: the value joined so far (_buf), the appends not yet joined (_pending, with their
    total length) and the position. _empty is '' or b''."""

    def _init_buffer(self, value):
        self._closed = False
        self._buf = value
        self._pending = []
        self._pending_len = 0
        self._pos = 0

    def _value(self):
        if self._pending:
            self._buf += self._empty.join(self._pending)
            self._pending = []
            self._pending_len = 0
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._value()

    def _store(self, piece):
        """Writes a non-empty piece at the position: appended lazily at the end, else spliced in
        (past the end, the gap is filled with NULs)."""
        # A running total: summing the pieces here made a run of appends quadratic.
        if self._pos == len(self._buf) + self._pending_len:
            self._pending.append(piece)
            self._pending_len += len(piece)
        else:
            value = self._value()
            if self._pos > len(value):
                value += self._nul * (self._pos - len(value))
            self._buf = value[:self._pos] + piece + value[self._pos + len(piece):]
        self._pos += len(piece)

    def read(self, size=-1):
        self._check_closed()
        size = _index(size)
        value = self._value()
        start = min(self._pos, len(value))
        end = len(value) if size < 0 else min(len(value), start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f'{self._negative_size} {size}')
        value = self._value()
        if size < len(value):
            self._buf = value[:size]
        return size

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        # io's base class checks here, with its own wording of the message.
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _index(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class StringIO(_Memory):
    __module__ = '_io'
    _closed_message = 'I/O operation on closed file'
    _empty = ''
    _nul = '\0'
    _negative_size = 'Negative size value'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._init_buffer('')
        self._newline = newline
        # Universal newlines (None) translate \r and \r\n on the way in; '\r' and '\r\n' are
        # written for each \n; '' and '\n' keep the text as it is.
        self._readnl = '\n' if newline is None else newline
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == '':
            # Universal newlines remember which line endings went by (the newlines attribute).
            crlf = s.count('\r\n')
            if crlf:
                self._seen |= 4
            if s.count('\r') > crlf:
                self._seen |= 2
            if s.count('\n') > crlf:
                self._seen |= 1
            if nl is None and '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            return s
        if nl in ('\r', '\r\n') and '\n' in s:
            return s.replace('\n', nl)
        return s

    @property
    def newlines(self):
        self._check_closed()
        if self._newline not in (None, ''):
            return None
        kinds = [k for bit, k in ((2, '\r'), (1, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if s:
            self._store(s)
        return n

    def readline(self, size=-1):
        self._check_closed()
        size = _index(size)
        text = self._value()
        if self._pos >= len(text):
            return ''
        start = self._pos
        limit = len(text) if size < 0 else min(len(text), start + size)
        if self._readnl == '':
            end = limit
            for i in range(start, limit):
                ch = text[i]
                if ch == '\n':
                    end = i + 1
                    break
                if ch == '\r':
                    end = i + 2 if i + 1 < limit and text[i + 1] == '\n' else i + 1
                    break
        else:
            found = text.find(self._readnl, start, limit)
            end = limit if found < 0 else found + len(self._readnl)
        self._pos = end
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _position(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0 and pos < 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._value())
        self._pos = pos
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')


class BytesIO(_Memory):
    __module__ = '_io'
    _closed_message = 'I/O operation on closed file.'
    _empty = b''
    _nul = b'\0'
    _negative_size = 'negative size value'

    def __init__(self, initial_bytes=b''):
        self._init_buffer(b'' if initial_bytes is None else _as_bytes(initial_bytes))

    def write(self, b):
        self._check_closed()
        b = _as_bytes(b)
        if b:
            self._store(b)
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _index(size)
        data = self._value()
        if self._pos >= len(data):
            return b''
        start = self._pos
        limit = len(data) if size < 0 else min(len(data), start + size)
        found = data.find(b'\n', start, limit)
        end = limit if found < 0 else found + 1
        self._pos = end
        return data[start:end]

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _position(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
