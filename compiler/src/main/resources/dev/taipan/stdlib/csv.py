"""CSV reading and writing as CPython 3.11's csv module and its C parser _csv do it: the same
dialect validation and messages, the reader's character state machine (quoted fields spanning
lines, escapes, strict mode, the field size limit, line_num) and the writer's quoting rules.
Written for this project."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    # CPython's is the C module's exception: its name in reprs and tracebacks is _csv.Error.
    __module__ = '_csv'


_dialects = {}
_field_limit = [128 * 1024]

# The reader's states, numbered as in _csv.c.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# The end of a line given to the state machine: no character of a str is ''.
_EOL = ''

_ATTRIBUTES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
               'quoting', 'skipinitialspace', 'strict')


def _type_name(value):
    return type(value).__name__


def _char(name, value, default):
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, _type_name(value)))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, _type_name(value)))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _bool(value, default):
    if value is _MISSING:
        return default
    return bool(value)


def _int(name, value, default):
    if value is _MISSING:
        return default
    if not isinstance(value, int):
        raise TypeError('"%s" must be an integer' % name)
    return int(value)


def _string(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be a string' % name)
    return value


class _Missing:
    pass


_MISSING = _Missing()


class _Dialect:
    """A validated, read-only set of formatting parameters (_csv.Dialect)."""

    def __init__(self, values):
        for name in _ATTRIBUTES:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name, value):
        if name in _ATTRIBUTES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


def _make_dialect(dialect, params):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not params:
        return dialect
    given = {}
    for name in _ATTRIBUTES:
        value = params.get(name, _MISSING)
        if value is _MISSING and dialect is not None:
            value = getattr(dialect, name, _MISSING)
        given[name] = value
    values = {}
    values['delimiter'] = _char('delimiter', given['delimiter'], ',')
    values['doublequote'] = _bool(given['doublequote'], True)
    values['escapechar'] = _char_or_none('escapechar', given['escapechar'], None)
    values['lineterminator'] = _string('lineterminator', given['lineterminator'], '\r\n')
    values['quotechar'] = _char_or_none('quotechar', given['quotechar'], '"')
    values['quoting'] = _int('quoting', given['quoting'], QUOTE_MINIMAL)
    values['skipinitialspace'] = _bool(given['skipinitialspace'], False)
    values['strict'] = _bool(given['strict'], False)
    if values['quoting'] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if given['quotechar'] is None and given['quoting'] is _MISSING:
        values['quoting'] = QUOTE_NONE
    if values['quoting'] != QUOTE_NONE and values['quotechar'] is None:
        raise TypeError('quotechar must be set if quoting enabled')
    if values['lineterminator'] is None:
        raise TypeError('lineterminator must be set')
    return _Dialect(values)


def _split_params(args, kwargs, function):
    if len(args) > 1:
        raise TypeError('%s() takes at most 2 positional arguments (%d given)'
                        % (function, len(args) + 1))
    dialect = args[0] if args else kwargs.pop('dialect', None)
    for name in kwargs:
        if name not in _ATTRIBUTES:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
    return _make_dialect(dialect, kwargs)


class _Reader:
    """The iterator reader() returns: one list of fields per record."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)
        self._field = []

    def _split_plain(self, line):
        """The record of a line that starts one and holds no quote, escape, skipped space or
        inner line break, split at once (the state machine gives the same); else None."""
        d = self.dialect
        if d.quoting == QUOTE_NONNUMERIC or d.delimiter == '\r' or d.delimiter == '\n':
            return None
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body:
            return None
        if d.quoting != QUOTE_NONE and d.quotechar in body:
            return None
        if d.escapechar is not None and d.escapechar in body:
            return None
        if d.skipinitialspace and ' ' in body:
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        limit = _field_limit[0]
        for field in fields:
            if len(field) > limit:
                return None
        return fields

    def _feed(self, line):
        """Runs the state machine over the characters of line, then the end of the line.
        The state lives in locals while a line is read (it is stored back on every exit)."""
        d = self.dialect
        delimiter = d.delimiter
        quotechar = d.quotechar
        escapechar = d.escapechar
        quoting_none = d.quoting == QUOTE_NONE
        nonnumeric = d.quoting == QUOTE_NONNUMERIC
        doublequote = d.doublequote
        skipspace = d.skipinitialspace
        strict = d.strict
        limit = _field_limit[0]
        state = self._state
        field = self._field
        chars = list(line)
        chars.append(_EOL)
        try:
            for c in chars:
                if state == _START_RECORD:
                    if c == _EOL:
                        continue
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == '\n' or c == '\r' or c == _EOL:
                        self._field = field
                        self._save_field()
                        field = self._field
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == quotechar and not quoting_none:
                        state = _IN_QUOTED_FIELD
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and skipspace:
                        pass
                    elif c == delimiter:
                        self._field = field
                        self._save_field()
                        field = self._field
                    else:
                        if nonnumeric:
                            self._numeric = True
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _IN_FIELD
                    continue
                if state == _ESCAPED_CHAR:
                    if c == '\n' or c == '\r':
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    if c == _EOL:
                        c = '\n'
                    if len(field) >= limit:
                        raise Error('field larger than field limit (%d)' % limit)
                    field.append(c)
                    state = _IN_FIELD
                    continue
                if state == _AFTER_ESCAPED_CRNL:
                    if c == _EOL:
                        continue
                    state = _IN_FIELD
                if state == _IN_FIELD:
                    if c == '\n' or c == '\r' or c == _EOL:
                        self._field = field
                        self._save_field()
                        field = self._field
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == delimiter:
                        self._field = field
                        self._save_field()
                        field = self._field
                        state = _START_FIELD
                    else:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                    continue
                if state == _IN_QUOTED_FIELD:
                    if c == _EOL:
                        pass
                    elif c == escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar and not quoting_none:
                        state = _QUOTE_IN_QUOTED_FIELD if doublequote else _IN_FIELD
                    else:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                    continue
                if state == _ESCAPE_IN_QUOTED_FIELD:
                    if c == _EOL:
                        c = '\n'
                    if len(field) >= limit:
                        raise Error('field larger than field limit (%d)' % limit)
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                    continue
                if state == _QUOTE_IN_QUOTED_FIELD:
                    if not quoting_none and c == quotechar:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delimiter:
                        self._field = field
                        self._save_field()
                        field = self._field
                        state = _START_FIELD
                    elif c == '\n' or c == '\r' or c == _EOL:
                        self._field = field
                        self._save_field()
                        field = self._field
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif not strict:
                        if len(field) >= limit:
                            raise Error('field larger than field limit (%d)' % limit)
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delimiter, quotechar))
                    continue
                # _EAT_CRNL
                if c == '\n' or c == '\r':
                    pass
                elif c == _EOL:
                    state = _START_RECORD
                else:
                    raise Error("new-line character seen in unquoted field - "
                                "do you need to open the file in universal-newline mode?")
        finally:
            self._state = state
            self._field = field

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % _type_name(line))
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._split_plain(line)
                if fields is not None:
                    self._fields = fields
                    break
            self._feed(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


def reader(csvfile, *args, **kwargs):
    lines = iter(csvfile)
    return _Reader(lines, _split_params(args, kwargs, 'reader'))


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return hasattr(cls, '__index__') or hasattr(cls, '__int__') or hasattr(cls, '__float__')


class _Writer:
    """The object writer() returns: formats rows and passes each line to the file's write."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        self._specials = [c for c in (dialect.delimiter, dialect.quotechar, dialect.escapechar)
                          if c is not None] + list(dialect.lineterminator)

    def _field(self, text, quoted):
        d = self.dialect
        if text is None:
            return quoted, ''
        for c in self._specials:
            if c in text:
                break
        else:
            # Nothing to quote or escape.
            return quoted, text
        out = []
        special = (d.delimiter, d.escapechar, d.quotechar)
        for c in text:
            if c in special or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        return quoted, ''.join(out)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % _type_name(row)) from None
        parts = []
        length = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if isinstance(field, str):
                text = field
            elif field is None:
                text = None
            else:
                text = str(field)
            quoted, body = self._field(text, quoted)
            if parts:
                length += 1
            if quoted:
                body = d.quotechar + body + d.quotechar
            length += len(body)
            parts.append(body)
        if parts and length == 0:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts = [d.quotechar + d.quotechar]
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, *args, **kwargs):
    try:
        write = csvfile.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    return _Writer(write, _split_params(args, kwargs, 'writer'))


def register_dialect(name, *args, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _split_params(args, kwargs, 'register_dialect')


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    if kwargs:
        if args or list(kwargs) != ['new_limit']:
            for name in kwargs:
                if name != 'new_limit':
                    raise TypeError("field_size_limit() got an unexpected keyword argument '%s'"
                                    % name)
            raise TypeError("argument for field_size_limit() given by name ('new_limit') "
                            "and position (1)")
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit[0]
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError('limit must be an integer')
        _field_limit[0] = int(limit)
    return old


class Dialect:
    """Describe a CSV dialect: subclasses set the attributes, instances are validated."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _make_dialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read records as dicts keyed by the first record (or the given fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reading the header on the first call.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank lines are skipped: they hold no record.
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as records in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            # CPython takes a set difference, whose order varies between runs; this is the
            # dict's order.
            wrong_fields = [k for k in rowdict.keys() if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
