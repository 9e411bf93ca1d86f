"""Data classes: CPython 3.11's dataclasses, written for Taipan.

CPython builds the generated methods (__init__, __repr__, __eq__, ...) as source text run by
exec. Here they are closures over the field list, given their CPython signature by the runtime
(_taipan.signed_function) so that calls bind, default and fail exactly as the generated
functions do: `Item.__init__() missing 1 required positional argument: 'price'`.
"""

import re
import types
from _taipan import signed_function as _signed_function

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# A string annotation's leading (module.)name, as CPython matches it to spot ClassVar, InitVar
# and KW_ONLY written as strings.
_MODULE_IDENTIFIER_RE = re.compile(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)')


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_EMPTY_METADATA = types.MappingProxyType({})


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _method(cls, name, params, impl, defaults=(), kwdefaults=()):
    """A generated method: `impl` behind CPython's signature and qualified name."""
    return _signed_function(impl, cls.__qualname__ + '.' + name, tuple(params), tuple(defaults),
                            tuple(kwdefaults), cls.__module__)


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    params = [self_name]
    defaults = []
    for f in std_fields:
        params.append(f.name)
        if f.default_factory is not MISSING:
            defaults.append(_HAS_DEFAULT_FACTORY)
        elif f.default is not MISSING:
            defaults.append(f.default)
        elif defaults:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    kwdefaults = []
    if kw_only_fields:
        params.append('*')
        for f in kw_only_fields:
            params.append(f.name)
            if f.default_factory is not MISSING:
                kwdefaults.append((f.name, _HAS_DEFAULT_FACTORY))
            elif f.default is not MISSING:
                kwdefaults.append((f.name, f.default))

    positions = {}
    for i, name in enumerate(params[1:]):
        if name != '*':
            positions[name] = len(positions)
    # What __init__ does per field, in field order: (name, position of its argument or -1,
    # default factory or MISSING); fields with neither an argument nor a factory are left unset,
    # as are InitVars, which only go to __post_init__.
    steps = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.init:
            steps.append((f.name, positions[f.name], f.default_factory))
        elif f.default_factory is not MISSING:
            steps.append((f.name, -1, f.default_factory))
    initvar_positions = [positions[f.name] for f in fields if f._field_type is _FIELD_INITVAR]

    def __init__(self, *args):
        for name, pos, factory in steps:
            if pos < 0:
                value = factory()
            else:
                value = args[pos]
                if factory is not MISSING and value is _HAS_DEFAULT_FACTORY:
                    value = factory()
            if frozen:
                object.__setattr__(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[args[p] for p in initvar_positions])

    return _method(cls, '__init__', params, __init__, defaults, kwdefaults)


def _repr_fn(cls, fields):
    names = [f.name for f in fields]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
            return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
        finally:
            running.discard(key)

    method = _method(cls, '__repr__', ['self'], __repr__)
    # pprint breaks a dataclass over lines only when its repr is the generated one.
    method._dataclass_generated_repr = True
    return method


def _cmp_fn(cls, name, compare, fields):
    names = [f.name for f in fields]

    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(tuple([getattr(self, n) for n in names]), tuple([getattr(other, n) for n in names]))
        return NotImplemented

    return _method(cls, name, ['self', 'other'], method)


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return (('__setattr__', _method(cls, '__setattr__', ['self', 'name', 'value'], __setattr__)),
            ('__delattr__', _method(cls, '__delattr__', ['self', 'name'], __delattr__)))


def _hash_fn(cls, fields):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return _method(cls, '__hash__', ['self'], __hash__)


def _is_type_annotation(annotation, cls, name):
    """Whether a string annotation names dataclasses' or typing's `name` (ClassVar, InitVar, KW_ONLY)."""
    match = _MODULE_IDENTIFIER_RE.match(annotation)
    if match and match.group(2) == name:
        # CPython resolves the name in the class's module namespace, which a transpiled
        # program does not expose.
        raise NotImplementedError(f'dataclasses: string annotation {annotation!r} is not supported')
    return False


def _is_classvar(a_type):
    # CPython: a_type is typing.ClassVar or a typing._GenericAlias of it, looked for only once
    # typing is imported. An object of typing's classes exists only once typing is, so the
    # classes are recognised by their module and name instead of importing typing here.
    t = type(a_type)
    if t.__module__ != 'typing':
        return False
    if t.__name__ == '_GenericAlias':
        a_type = a_type.__origin__
        t = type(a_type)
        if t.__module__ != 'typing':
            return False
    return t.__name__ == '_SpecialForm' and a_type._name == 'ClassVar'


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, str):
        _is_type_annotation(a_type, cls, 'ClassVar')
    elif _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD and (a_type is InitVar or type(a_type) is InitVar or (
            isinstance(a_type, str) and _is_type_annotation(a_type, cls, 'InitVar'))):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _hash_fn(cls, flds)


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# (unsafe_hash, eq, frozen, has an explicit __hash__) -> what becomes of __hash__.
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception,
                }

# The text inspect.signature gives the generated __init__ (minus `self`), for class docstrings.
_init_signatures = {}


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _init_signature(std_fields, kw_only_fields):
    parts = []
    for f in std_fields:
        parts.append(_param_text(f))
    if kw_only_fields:
        parts.append('*')
        for f in kw_only_fields:
            parts.append(_param_text(f))
    return '(' + ', '.join(parts) + ')'


def _param_text(f):
    text = f.name + ': ' + _format_annotation(f.type)
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    if f.default is not MISSING:
        return text + ' = ' + repr(f.default)
    return text


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    if slots or weakref_slot:
        # slots=True builds a new class with __slots__, which transpiled classes cannot have.
        raise NotImplementedError('dataclass(slots=True) is not supported')
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr_, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and _is_type_annotation(type_, cls, 'KW_ONLY')):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        init_fn = _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
                           '__dataclass_self__' if 'self' in fields else 'self')
        if not _set_new_attribute(cls, '__init__', init_fn):
            _init_signatures[init_fn] = _init_signature(std_init_fields, kw_only_init_fields)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr_:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', _eq, cmp_fields))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', _lt), ('__le__', _le), ('__gt__', _gt), ('__ge__', _ge)]:
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, flds)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for name, fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, '__doc__'):
        text_sig = _class_signature(cls)
        if text_sig is not None:
            cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    return cls


def _class_signature(cls):
    """inspect.signature(cls) as text, or None for a hand-written __init__ (transpiled functions
    do not keep their annotations): the docstring is then left unset."""
    init_fn = cls.__init__
    if init_fn is object.__init__:
        return '()'
    return _init_signatures.get(init_fn)


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# Values copy.deepcopy returns as they are.
_ATOMIC_TYPES = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
                 type(NotImplemented), type(len), type(_eq))


def _deepcopy(obj):
    if isinstance(obj, _ATOMIC_TYPES) and type(obj) in _ATOMIC_TYPES:
        return obj
    if type(obj) is set:
        return {_deepcopy(v) for v in obj}
    if type(obj) is frozenset:
        return frozenset(_deepcopy(v) for v in obj)
    # copy.deepcopy of other objects (copy's __reduce_ex__ protocol) is not provided.
    raise NotImplementedError(f'dataclasses: copying a {type(obj).__name__} object is not supported')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    else:
        return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    else:
        return _deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
