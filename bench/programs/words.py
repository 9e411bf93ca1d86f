# String and dict workload: generate text, count words in a dict, build report strings,
# and random-walk over a grid whose cells are a dict keyed by (x, y) tuples.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def lcg(x):
    return (x * 69069 + 1) % 4294967296


def make_text(n, seed):
    parts = []
    x = seed
    for _ in range(n):
        x = lcg(x)
        parts.append(WORDS[(x >> 16) % len(WORDS)] + str((x >> 8) % 50))
    return " ".join(parts), x


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts, top):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = []
    for word, count in ranked[:top]:
        lines.append(f"{word:>10}:{count:5d}")
    initials = ""
    for word, _ in ranked:
        initials += word[0].upper()
    return "\n".join(lines), ranked, initials


def walk(steps, seed):
    visits = {}
    x = y = 0
    s = seed
    for _ in range(steps):
        s = lcg(s)
        d = (s >> 16) & 3
        if d == 0:
            x += 1
        elif d == 1:
            x -= 1
        elif d == 2:
            y += 1
        else:
            y -= 1
        visits[(x, y)] = visits.get((x, y), 0) + 1
    return visits


def crowded(visits):
    best = -1
    best_cell = (0, 0)
    for (x, y), v in visits.items():
        around = v
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            around += visits.get((x + dx, y + dy), 0)
        if around > best or (around == best and (x, y) < best_cell):
            best = around
            best_cell = (x, y)
    return best_cell, best


text, seed = make_text(400000, 42)
counts = count_words(text)
lines, ranked, initials = report(counts, 20)
print(len(text), len(counts), ranked[:3])
print(lines.splitlines()[0], len(lines), lines.count("a"))
print(len(initials), initials[:30], initials.count("E"))
visits = walk(800000, seed)
print(len(visits), crowded(visits))
