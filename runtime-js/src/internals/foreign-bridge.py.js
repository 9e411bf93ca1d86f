// The Python half of the bridge between transpiled modules and modules routed to Pyodide,
// run once inside Pyodide by foreign.js. Python values leave through `out` (to the runtime's
// representation, docs/runtime-model.md) and arrive through `inp`; `enc` holds the JavaScript
// half's constructors and probes. Kept in its own file so the Python reads as Python.

export const BRIDGE_SOURCE = String.raw`
def _taipan_bridge(enc, home):
    import sys, io, builtins, traceback, importlib.abc, importlib.util, types
    from pyodide.ffi import JsProxy, to_js

    # Python objects handed to JavaScript are held here, under a number the JavaScript wrapper
    # keeps; the wrapper's finalizer releases it. (JavaScript never holds a PyProxy of them,
    # whose lifetime Pyodide ties to the call that made it.)
    objs = {}
    handle_of = {}
    next_handle = [1]

    def handle(x):
        h = handle_of.get(id(x))
        if h is None:
            h = next_handle[0]
            next_handle[0] += 1
            handle_of[id(x)] = h
            objs[h] = x
        return h

    def release(h):
        x = objs.pop(h, None)
        if x is not None:
            del handle_of[id(x)]

    # A call's conversions share one memo: id(python container) -> the JavaScript container it
    # came from, so a list passed in and returned comes back as the same list, and mutations a
    # routed function makes to a list, dict or set argument are written back after the call.
    class Memo:
        __slots__ = ('py_of', 'js_of', 'pairs', 'outgoing')
        def __init__(self):
            self.py_of = {}
            self.js_of = {}
            self.pairs = []
            self.outgoing = []

    def out(x, memo=None):
        t = type(x)
        if x is None or t is bool or t is str or t is int:
            return x
        if t is float:
            return enc.float(x)
        if t is tuple:
            return enc.tuple(to_js([out(i, memo) for i in x]))
        if t is list or t is dict or t is set:
            if memo is None:
                return fresh(x, None)
            js = memo.js_of.get(id(x))
            if js is not None:
                return js
            # Record the pair before converting the items, so a container that holds itself
            # converts to one that holds itself.
            js = enc.empty(t.__name__)
            memo.js_of[id(x)] = js
            memo.py_of[enc.identity(js)] = x
            memo.pairs.append((js, x))
            memo.outgoing.append((js, x))
            fill(js, x, memo)
            return js
        if t is frozenset:
            return enc.set(to_js([out(i, memo) for i in x]), True)
        if t is bytes:
            return enc.bytes(to_js(x))
        if x is NotImplemented:
            return enc.notImplemented()
        if t is Transpiled:
            return object.__getattribute__(x, '_js')
        if isinstance(x, JsProxy):
            return x
        if isinstance(x, type):
            if x.__module__ == 'builtins':
                b = enc.builtinType(x.__name__)
                if b is not None:
                    return b
            return enc.cls(handle(x))
        if isinstance(x, BaseException):
            return exc_out(x)
        return enc.obj(handle(x), out(t))

    def fresh(x, memo):
        t = type(x)
        if t is list:
            return enc.list(to_js([out(i, memo) for i in x]))
        if t is dict:
            return enc.dict(to_js([out(k, memo) for k in x]), to_js([out(v, memo) for v in x.values()]))
        return enc.set(to_js([out(i, memo) for i in x]), False)

    def fill(js, x, memo):
        t = type(x)
        if t is list:
            enc.setList(js, to_js([out(i, memo) for i in x]))
        elif t is dict:
            enc.setDict(js, to_js([out(k, memo) for k in x]), to_js([out(v, memo) for v in x.values()]))
        else:
            enc.setSet(js, to_js([out(i, memo) for i in x]))

    def read_back(memo):
        # After a call into transpiled code: what it did to the containers it was given.
        for js, py in memo.outgoing:
            if type(py) is list:
                py[:] = [inp(i, memo) for i in enc.items(js)]
            elif type(py) is dict:
                ks, vs = enc.keys(js), enc.values(js)
                items = [(inp(ks[i], memo), inp(vs[i], memo)) for i in range(len(ks))]
                py.clear()
                py.update(items)
            else:
                items = [inp(i, memo) for i in enc.items(js)]
                py.clear()
                py.update(items)

    def exc_out(e):
        t = type(e)
        if t.__module__ == 'builtins' and enc.builtinType(t.__name__) is not None:
            return enc.builtinExc(t.__name__, to_js([out(a) for a in e.args]), handle(e), frames(e))
        return enc.foreignExc(handle(e), out(t), to_js([out(a) for a in e.args]), frames(e))

    def frames(e):
        # The routed frames of the traceback, as the runtime prints its own: file, line, name.
        rows = []
        for f in traceback.extract_tb(e.__traceback__):
            # Pyodide lists the JavaScript frames between Python ones; CPython has none of them.
            if f.filename == '<taipan-bridge>' or f.filename.startswith(('file:', 'node:', 'http:', 'https:')):
                continue
            name = f.filename
            for root in home:
                if name.startswith(root + '/'):
                    name = name[len(root) + 1:]
                    break
            rows.append(to_js([name, f.lineno, f.name]))
        return to_js(rows)

    def inp(v, memo=None):
        if not isinstance(v, JsProxy):
            return v
        kind = enc.kind(v)
        if kind == 'float':
            return float(enc.floatValue(v))
        if kind == 'tuple':
            return tuple(inp(i, memo) for i in enc.items(v))
        if kind in ('list', 'dict', 'set'):
            key = enc.identity(v) if memo is not None else None
            if key is not None and key in memo.py_of:
                return memo.py_of[key]
            if kind == 'list':
                py = []
            elif kind == 'dict':
                py = {}
            else:
                py = set()
            if key is not None:
                memo.py_of[key] = py
                memo.js_of[id(py)] = v
                memo.pairs.append((v, py))
            if kind == 'list':
                py.extend(inp(i, memo) for i in enc.items(v))
            elif kind == 'dict':
                ks, vs = enc.keys(v), enc.values(v)
                for i in range(len(ks)):
                    py[inp(ks[i], memo)] = inp(vs[i], memo)
            else:
                py.update(inp(i, memo) for i in enc.items(v))
            return py
        if kind == 'frozenset':
            return frozenset(inp(i, memo) for i in enc.items(v))
        if kind == 'bytes':
            return enc.bytesData(v).to_bytes()
        if kind == 'foreign':
            return objs[enc.unwrap(v)]
        if kind == 'builtin':
            return getattr(builtins, enc.typeName(v))
        if kind == 'notimplemented':
            return NotImplemented
        if kind == 'exception':
            return exc_in(v)
        return Transpiled(v)

    def write_back(memo):
        # After a call into Python: what it did to the containers it was given.
        for js, py in list(memo.pairs):
            fill(js, py, memo)

    transpiled_errors = {}

    def exc_in(v):
        # A runtime exception raised by transpiled code, as Python sees it.
        original = enc.originalException(v)
        if original is not None:
            return objs[original]
        e = new_exc(v)
        try:
            e.__taipan_frames__ = [tuple(f) for f in enc.frames(v)]
        except AttributeError:
            pass
        return e

    def new_exc(v):
        name = enc.typeName(v)
        args = tuple(inp(a) for a in enc.items(enc.excArgs(v)))
        cls = getattr(builtins, name, None) if enc.isBuiltinExc(v) else None
        if cls is None:
            key = enc.identity(enc.typeOf(v))
            cls = transpiled_errors.get(key)
            if cls is None:
                base = getattr(builtins, enc.builtinBaseName(v), Exception)
                cls = type(name, (base,), {'__module__': enc.moduleName(v)})
                transpiled_errors[key] = cls
        return cls(*args)

    def returned(r):
        # enc.call* give {ok: value} or {raised: exception}.
        if enc.failed(r):
            raise exc_in(enc.raisedOf(r))
        return enc.valueOf(r)

    class Transpiled:
        # A value of transpiled code (a function, an instance of a transpiled class, ...) seen
        # from Python: every operation is the runtime's, with arguments and results converted.
        __slots__ = ('_js',)
        def __init__(self, js):
            object.__setattr__(self, '_js', js)
        def __call__(self, *args, **kwargs):
            memo = Memo()
            try:
                r = returned(enc.call(object.__getattribute__(self, '_js'), to_js([out(a, memo) for a in args]),
                                      to_js(list(kwargs)), to_js([out(a, memo) for a in kwargs.values()])))
            finally:
                read_back(memo)
            return inp(r, memo)
        def __getattr__(self, name):
            return inp(returned(enc.getattr(object.__getattribute__(self, '_js'), name)))
        def __setattr__(self, name, value):
            returned(enc.setattr(object.__getattribute__(self, '_js'), name, out(value)))
        def __repr__(self):
            return returned(enc.op('repr', object.__getattribute__(self, '_js'), None))
        def __str__(self):
            return returned(enc.op('str', object.__getattribute__(self, '_js'), None))
        def __len__(self):
            return returned(enc.op('len', object.__getattribute__(self, '_js'), None))
        def __bool__(self):
            return returned(enc.op('bool', object.__getattribute__(self, '_js'), None))
        def __iter__(self):
            it = returned(enc.op('iter', object.__getattribute__(self, '_js'), None))
            while True:
                r = enc.next(it)
                if enc.done(r):
                    return
                yield inp(returned(r))
        def __getitem__(self, key):
            return inp(returned(enc.op('getitem', object.__getattribute__(self, '_js'), out(key))))
        def __contains__(self, key):
            return returned(enc.op('contains', object.__getattribute__(self, '_js'), out(key)))
        def __eq__(self, other):
            return inp(returned(enc.op('__eq__', object.__getattribute__(self, '_js'), out(other))))
        def __ne__(self, other):
            return inp(returned(enc.op('__ne__', object.__getattribute__(self, '_js'), out(other))))
        def __hash__(self):
            return returned(enc.op('hash', object.__getattribute__(self, '_js'), None))

    def call(h, args, names, values):
        memo = Memo()
        try:
            f = objs[h]
            a = [inp(x, memo) for x in args]
            kw = {names[i]: inp(values[i], memo) for i in range(len(names))}
            r = f(*a, **kw)
            result = out(r, memo)
            write_back(memo)
            return enc.ok(result)
        except BaseException as e:
            write_back(memo)
            return enc.raised(exc_out(e))

    def attr(obj, name):
        try:
            obj = objs[obj]
            return enc.ok(out(getattr(obj, name)))
        except BaseException as e:
            return enc.raised(exc_out(e))

    def set_attr(obj, name, value):
        try:
            obj = objs[obj]
            setattr(obj, name, inp(value))
            return enc.ok(None)
        except BaseException as e:
            return enc.raised(exc_out(e))

    def del_attr(obj, name):
        try:
            obj = objs[obj]
            delattr(obj, name)
            return enc.ok(None)
        except BaseException as e:
            return enc.raised(exc_out(e))

    def import_module(name):
        try:
            return enc.ok(out(importlib.import_module(name)))
        except BaseException as e:
            return enc.raised(exc_out(e))

    def has_attr(obj, name):
        return hasattr(objs[obj], name)

    # The special methods the runtime looks up on a class; a foreign class gets a delegate for
    # each one its Python class has, so the runtime's protocols (reflected operators,
    # NotImplemented, error messages) run exactly as CPython's.
    SPECIAL = ('__repr__', '__str__', '__format__', '__hash__', '__bool__', '__len__', '__iter__',
               '__next__', '__contains__', '__getitem__', '__setitem__', '__delitem__', '__call__',
               '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__neg__', '__pos__',
               '__abs__', '__invert__', '__int__', '__float__', '__index__', '__enter__', '__exit__',
               '__add__', '__radd__', '__iadd__', '__sub__', '__rsub__', '__isub__', '__mul__',
               '__rmul__', '__imul__', '__truediv__', '__rtruediv__', '__itruediv__',
               '__floordiv__', '__rfloordiv__', '__ifloordiv__', '__mod__', '__rmod__', '__imod__',
               '__pow__', '__rpow__', '__ipow__', '__matmul__', '__rmatmul__', '__and__',
               '__rand__', '__iand__', '__or__', '__ror__', '__ior__', '__xor__', '__rxor__',
               '__ixor__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__round__',
               '__reversed__', '__missing__')

    def describe(h):
        t = objs[h]
        present, absent = [], []
        for name in SPECIAL:
            v = getattr(t, name, _MISSING)
            if v is None:
                absent.append(name)
            elif v is not _MISSING:
                present.append(name)
        builtin_bases = [b.__name__ for b in t.__mro__ if b.__module__ == 'builtins' and b is not object]
        return to_js([t.__name__, t.__qualname__, t.__module__, to_js([out(b) for b in t.__bases__]),
                      to_js(present), to_js(absent), issubclass(t, BaseException), to_js(builtin_bases)])

    _MISSING = object()

    def special(t_name, obj, args):
        # type(obj).__name__(obj, *args), as CPython's slot wrappers call it.
        memo = Memo()
        try:
            obj = objs[obj]
            f = getattr(type(obj), t_name)
            r = f(obj, *[inp(a, memo) for a in args])
            result = out(r, memo)
            write_back(memo)
            return enc.ok(result)
        except BaseException as e:
            write_back(memo)
            return enc.raised(exc_out(e))

    # Python's writes go to the runtime's stdout/stderr, in order with the transpiled side's.
    class Sink(io.RawIOBase):
        def __init__(self, fd):
            self.fd = fd
        def writable(self):
            return True
        def write(self, b):
            data = bytes(b)
            enc.write(self.fd, to_js(data))
            return len(data)
        def fileno(self):
            return self.fd
        def isatty(self):
            return False

    def stream(fd, errors):
        return io.TextIOWrapper(Sink(fd), encoding='utf-8', errors=errors, write_through=True,
                                line_buffering=False)

    sys.stdout = sys.__stdout__ = stream(1, 'strict')
    sys.stderr = sys.__stderr__ = stream(2, 'backslashreplace')

    # A routed module importing a transpiled one gets a module whose attributes are the
    # transpiled module's globals, read and written live.
    # The module's own dict holds the import system's dunders (__name__, __spec__, ...); its
    # globals live in JavaScript. Hidden entries of the own dict:
    HIDDEN = ('__taipan_js__', '__taipan_ns__')
    own_dict = types.ModuleType.__dict__['__dict__'].__get__

    def dunder(name):
        return name.startswith('__') and name.endswith('__')

    class TranspiledModule(types.ModuleType):
        def __getattr__(self, name):
            if dunder(name) and name not in ('__doc__',):
                raise AttributeError(name)
            js = object.__getattribute__(self, '__taipan_js__')
            if not enc.moduleHas(js, name):
                raise AttributeError(f"module '{self.__name__}' has no attribute '{name}'")
            return inp(returned(enc.getattr(js, name)))
        def __setattr__(self, name, value):
            if dunder(name):
                object.__setattr__(self, name, value)
            else:
                returned(enc.setattr(object.__getattribute__(self, '__taipan_js__'), name, out(value)))
        def __delattr__(self, name):
            if dunder(name):
                object.__delattr__(self, name)
            else:
                returned(enc.delattr(object.__getattribute__(self, '__taipan_js__'), name))
        def __dir__(self):
            own = own_dict(self)
            names = [k for k in own if k not in HIDDEN]
            names += [k for k in enc.moduleNames(own['__taipan_js__']) if not dunder(k)]
            return names
        # vars(module) and module.__dict__: the namespace, live as CPython's (one object per module).
        @property
        def __dict__(self):
            return object.__getattribute__(self, '__taipan_ns__')

    # A transpiled module's namespace as Python sees it: like the transpiled side's own
    # (runtime-js module-globals.js), it reads, tests, sets and deletes one key, live, and
    # refuses the rest (iteration, len, copies), whose order and dunder entries would differ.
    class TranspiledNamespace:
        __slots__ = ('module',)
        def __init__(self, module):
            self.module = module
        def __getitem__(self, key):
            if isinstance(key, str) and key not in HIDDEN:
                try:
                    return getattr(self.module, key)
                except AttributeError:
                    pass
            raise KeyError(key)
        def __setitem__(self, key, value):
            if not isinstance(key, str) or key in HIDDEN:
                raise TypeError("a transpiled module's namespace takes only str keys")
            setattr(self.module, key, value)
        def __delitem__(self, key):
            if isinstance(key, str) and key not in HIDDEN and key in self:
                delattr(self.module, key)
            else:
                raise KeyError(key)
        def __contains__(self, key):
            if not isinstance(key, str) or key in HIDDEN:
                return False
            own = own_dict(self.module)
            return key in own if dunder(key) else enc.moduleHas(own['__taipan_js__'], key)
        def get(self, key, default=None):
            return self[key] if key in self else default
        def unsupported(name):
            def refuse(self, *args, **kwargs):
                raise TypeError(f"a module's namespace supports only reading, testing, setting or deleting one key ({name} is not supported)")
            return refuse
        for _name in ('__iter__', '__len__', '__repr__', '__reversed__', 'keys', 'values', 'items', 'copy',
                      'update', 'pop', 'popitem', 'setdefault', 'clear', '__eq__', '__ne__', '__or__', '__ror__',
                      '__ior__'):
            locals()[_name] = unsupported(_name)
        del _name, unsupported
        __hash__ = None

    class TranspiledFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        def find_spec(self, name, path=None, target=None):
            if not enc.hasTranspiled(name):
                return None
            return importlib.util.spec_from_loader(name, self, origin='transpiled')
        def create_module(self, spec):
            return TranspiledModule(spec.name)
        def exec_module(self, module):
            # Runs the transpiled module's body, if this is its first import.
            js = returned(enc.loadTranspiled(module.__name__))
            object.__setattr__(module, '__taipan_js__', js)
            object.__setattr__(module, '__taipan_ns__', TranspiledNamespace(module))
            # The module's docstring is its own __doc__ (ModuleType starts it as None).
            object.__setattr__(module, '__doc__', inp(returned(enc.getattr(js, '__doc__'))))

    sys.meta_path.insert(0, TranspiledFinder())

    return to_js({'call': call, 'attr': attr, 'setAttr': set_attr, 'delAttr': del_attr,
                  'hasAttr': has_attr, 'describe': describe, 'special': special,
                  'importModule': import_module, 'release': release,
                  'out': out}, dict_converter=__import__('js').Object.fromEntries,
                 create_pyproxies=True)
`;
