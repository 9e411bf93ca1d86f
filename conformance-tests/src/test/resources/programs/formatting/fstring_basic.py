name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}! {n} {pi}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}")
print(f"{pi:.2f} {pi:10.4f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{'nested ' + name.upper()!r} {{braces}} {n * 2 + 1}")
