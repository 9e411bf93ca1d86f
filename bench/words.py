# A string and dict workload: build text, count words, rank them, join a report.
def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    parts = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        parts.append(words[x % 8] + str(x % 97))
    return " ".join(parts)


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def pairs(counts):
    grid = {}
    for w, c in counts.items():
        key = (len(w), c % 7)
        grid[key] = grid.get(key, 0) + c
    return grid


text = make_text(300000)
counts = count_words(text)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(counts), ranked[:3])
grid = pairs(counts)
print(len(grid), sorted(grid.items())[:3])
report = ",".join(f"{w}={c}" for w, c in ranked[:1000])
print(len(report), report.upper().count("ALPHA"))
