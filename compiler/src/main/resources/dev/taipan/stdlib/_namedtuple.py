"""collections.namedtuple for transpiled programs, following CPython 3.11's
collections/__init__.py. CPython builds __new__ with eval of a lambda and reads the caller's
module from its frame; here _taipan.signed_function gives __new__ the same signature (and so
the same argument errors), and _taipan.caller_module_name reads the caller's module."""

import _taipan

_KEYWORDS = {
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
}


class _tuplegetter:
    """A read-only field of a named tuple: item `index` of the tuple (_collections._tuplegetter)."""
    __module__ = '_collections'

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                            f"doesn't apply to '{type(instance).__name__}' object")
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _has_instance_dict(cls):
    # A class whose own namespace lacks __slots__ gives its instances a __dict__; the named
    # tuple class itself has __slots__ = ().
    for c in cls.__mro__:
        if c is tuple:
            return False
        if '__slots__' not in c.__dict__:
            return True
    return False


def _is_data_descriptor(cls, name, method):
    # Without an instance __dict__, only a data descriptor of the class can take the
    # assignment; anything else is refused with object.__setattr__'s messages.
    for c in cls.__mro__:
        if name in c.__dict__:
            if hasattr(type(c.__dict__[name]), method):
                return True
            raise AttributeError(f"'{cls.__name__}' object attribute '{name}' is read-only")
    raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or name in _KEYWORDS
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__

    def _new_impl(_cls, *values):
        return tuple_new(_cls, values)

    __new__ = _taipan.signed_function(_new_impl, f'{typename}.__new__', ('_cls',) + field_names,
                                      () if defaults is None else defaults, (), f'namedtuple_{typename}')
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'

    class _Named(tuple):
        def _make(cls, iterable):
            result = tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
            return result

        def _replace(self, /, **kwds):
            result = self._make(map(kwds.pop, field_names, self))
            if kwds:
                raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            return result

        def __repr__(self):
            'Return a nicely formatted representation string'
            return self.__class__.__name__ + repr_fmt % self

        def _asdict(self):
            'Return a new dict which maps field names to their values.'
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            'Return self as a plain tuple.  Used by copy and pickle.'
            return tuple(self)

        def __setattr__(self, name, value):
            if _has_instance_dict(type(self)) or _is_data_descriptor(type(self), name, '__set__'):
                object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if _has_instance_dict(type(self)) or _is_data_descriptor(type(self), name, '__delete__'):
                object.__delattr__(self, name)

    _Named._make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _Named._replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    for method in (_Named._make, _Named._replace, _Named.__repr__, _Named._asdict,
                   _Named.__getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
    _Named._make = classmethod(_Named._make)
    _Named.__new__ = staticmethod(__new__)
    _Named.__doc__ = f'{typename}({arg_list})'
    _Named.__slots__ = ()
    _Named._fields = field_names
    _Named._field_defaults = field_defaults
    _Named.__match_args__ = field_names
    for index, name in enumerate(field_names):
        setattr(_Named, name, _tuplegetter(index, f'Alias for field number {index}'))
    _Named.__name__ = typename
    _Named.__qualname__ = typename
    if module is None:
        module = _taipan.caller_module_name()
    _Named.__module__ = module
    return _Named
