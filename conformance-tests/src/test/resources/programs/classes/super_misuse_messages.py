def attempt(label, f):
    try:
        f()
    except (RuntimeError, TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


try:
    super()
except RuntimeError as e:
    print("module", type(e).__name__, e)


def no_args():
    return super()


attempt("function without arguments", no_args)


def with_arg(x):
    return super().__init__


attempt("function with an argument", lambda: with_arg(1))


class A:
    def m(self):
        return "A.m"

    @staticmethod
    def st():
        return super().m()

    @classmethod
    def cm(cls):
        return super().__init_subclass__

    def wrong_second(self):
        return super(A, 1).m()

    def wrong_first(self):
        return super(1, self).m()

    def not_instance(self):
        return super(A, B()).m()

    def nested(self):
        def inner():
            return super().m()
        return inner()

    def nested_lambda(self):
        return (lambda: super().m())()

    def del_self(self):
        del self
        return super().m()

    def rebound_self(self):
        self = 5
        return super().m()


class B:
    pass


class C(A):
    def m(self):
        return "C.m " + super().m()


attempt("staticmethod", A.st)
print(A.cm() is not None)
attempt("wrong second", lambda: A().wrong_second())
attempt("wrong first", lambda: A().wrong_first())
attempt("not instance", lambda: A().not_instance())
attempt("nested", lambda: A().nested())
attempt("nested lambda", lambda: A().nested_lambda())
attempt("del self", lambda: A().del_self())
attempt("rebound self", lambda: A().rebound_self())
print(C().m())
print(super(C, C()).m())
print(super(C, C).m(C()))
attempt("class not subclass", lambda: super(C, A).m)


class D(A):
    def star(*args):
        return super().m()

    def kwonly(*, k=1):
        return super().m()

    def posonly(self, /):
        return "D.posonly " + super().m()

    def none_self(self):
        self = None
        return super().m()

    def during_body(self):
        return super().m()

    try:
        during_body(1)
    except RuntimeError as e:
        print("class body", type(e).__name__, e)

    try:
        super()
    except RuntimeError as e:
        print("class body super", type(e).__name__, e)


attempt("star args", lambda: D().star())
attempt("keyword only", lambda: D().kwonly())
print(D().posonly())
attempt("self rebound to None", lambda: D().none_self())
attempt("explicit wrong first", lambda: super("x", D()))
attempt("explicit no args", lambda: (lambda: super())())


def outside(x):
    del x
    return super()


attempt("deleted outside class", lambda: outside(1))


class E(A):
    def m(self):
        def inner(me):
            return super().m()
        return "E.m " + inner(self)

    def via_lambda(self):
        return (lambda me: super().m())(self)


print(E().m(), E().via_lambda())
attempt("unbound", lambda: super(C).m)
attempt("unbound None", lambda: super(C, None).m)
