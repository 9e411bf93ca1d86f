type Alias = int
type Generic[T] = list[T]
def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T: int, *Ts, **P]:
    pass
