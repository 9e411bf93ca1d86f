"""Shallow and deep copies, as CPython 3.11's copy module makes them. Written for this project:
the runtime's object.__reduce_ex__ refuses what CPython answers with copyreg's functions, so the
path CPython takes through object.__reduce_ex__(4) and copyreg (a new object from cls.__new__, its __dict__ and slots,
the items of a list or dict subclass) is written out here; a class that defines __reduce_ex__
or __reduce__ itself is reconstructed from what it returns, as CPython does."""


class Error(Exception):
    pass


error = Error


def _function():
    pass


# Values CPython's copy returns as they are (copy) or never descends into (deepcopy).
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(_function),
           type(len), type(Ellipsis), type(NotImplemented), property)
_IMMUTABLE = _ATOMIC + (tuple, frozenset, slice)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls in (list, dict, set):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a list was copied while its items were.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If x is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """What x.__reduce_ex__(4) returns in CPython, for the objects of the runtime."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        return reductor(x, 4)
    # object.__reduce_ex__ calls a __reduce__ other than object's (a class's own, set's, range's).
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not object.__reduce__:
        return reductor(x)
    if cls.__module__ in ("builtins", "_io") and not isinstance(x, BaseException):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if isinstance(x, BaseException):
        return (cls, x.args, _state(x))
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        args = ()
        for base in (int, float, str, bytes, complex, tuple, frozenset):
            if isinstance(x, base):
                args = (base(x),)
                break
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), _state(x), listitems, dictitems)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _state(x):
    """_PyObject_GetState: x.__getstate__() (object's: the instance dict, None if empty, with the set slots)."""
    return x.__getstate__()


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(args, memo),)[0]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
