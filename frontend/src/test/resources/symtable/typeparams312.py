type Alias = int
type Generic[T] = list[T]
def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T: int, *Ts, **P](Base):
    def m(self) -> T:
        return super().m()
@dec
def second[U](a=1) -> U: pass
def kw_default[T](*, k: T = None): pass
