# textwrap: wrap/fill/shorten under every option, dedent/indent, seeded random texts.
import textwrap
SAMPLES = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "A well-known, state-of-the-art, long-winded sentence -- with em-dashes--and more---here. Done!",
    "supercalifragilisticexpialidocious-and-then-some-more-hyphenated-words here",
    "Tabs\tand\tnewlines\nand   multiple   spaces\r\nend. Sentence two.  Three? Yes!",
    "Hello world.  This is a test.  Mr. Smith went to Washington.",
    "x" * 100,
    "  leading and trailing spaces  ",
    "",
    "short",
    "émigré café naïve coöperate über-cool façade – dash — emdash 日本語のテキスト",
    "a-b-c-d e--f g---h -i- j- --k 123-456 A1-B2",
]
OPTIONS = [
    {},
    {"width": 10},
    {"width": 1},
    {"width": 25, "break_long_words": False},
    {"width": 20, "break_on_hyphens": False},
    {"width": 30, "initial_indent": "* ", "subsequent_indent": "  "},
    {"width": 30, "fix_sentence_endings": True},
    {"width": 15, "drop_whitespace": False},
    {"width": 22, "expand_tabs": False, "replace_whitespace": False},
    {"width": 30, "max_lines": 2},
    {"width": 12, "max_lines": 1, "placeholder": "..."},
    {"width": 40, "tabsize": 4},
]
for text in SAMPLES:
    for opts in OPTIONS:
        try:
            print(repr(textwrap.wrap(text, **opts)))
        except ValueError as e:
            print("ValueError", e)
    print(repr(textwrap.fill(text, width=33)))
    for w in (5, 12, 40):
        try:
            print(repr(textwrap.shorten(text, w)))
        except ValueError as e:
            print("ValueError", e)
print(repr(textwrap.dedent("""
    def f():
        return 1
      # odd
    end
""")))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("\t\ta\n\t\tb\n  \n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=18, initial_indent="- ")
print(w.wrap("one two three four five six seven"), w.fill("x y"), w.width)
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap("abc def", width=5, max_lines=1, placeholder=" [long placeholder]")
except ValueError as e:
    print(e)

# Seeded random texts (a linear congruential generator, so CPython's output is the oracle).
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


PIECES = ["word", "a", "hyphen-ated", "em--dash", "end.", "Why?", "ok!", "x-y-z", "--", "-", "longlonglonglongword",
          "  ", "\t", "\n", "3-4", "Mr.", "e.g.", "'quoted.'", "\"q!\"", "don't", "re-re-re"]
for case in range(150):
    text = " ".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(25)))
    width = 1 + rnd(30)
    opts = {"width": width, "break_long_words": rnd(3) > 0, "break_on_hyphens": rnd(3) > 0,
            "drop_whitespace": rnd(4) > 0, "fix_sentence_endings": rnd(2) == 0}
    if rnd(3) == 0:
        opts["max_lines"] = 1 + rnd(3)
    if rnd(3) == 0:
        opts["subsequent_indent"] = " " * rnd(4)
    try:
        print(case, textwrap.wrap(text, **opts))
    except ValueError as e:
        print(case, "ValueError", e)
