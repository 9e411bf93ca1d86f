# csv: reader state machine, writer quoting, dialects, DictReader/DictWriter, errors, and
# seeded random round trips.
import csv
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# The reader on lists of lines.
show("basic", lambda: list(csv.reader(["a,b,c", "1,2,3"])))
show("quoted", lambda: list(csv.reader(['"a,b","c""d",e', '"",x,'])))
show("multiline", lambda: list(csv.reader(['"a\n', 'b",c\n', 'd\n'])))
show("crlf", lambda: list(csv.reader(["a,b\r\n", "c,d\r\n"])))
show("blank", lambda: list(csv.reader(["", "a", "\n", "\r\n", "b"])))
show("nl-unquoted", lambda: list(csv.reader(["a\nb,c"])))
show("cr-only", lambda: list(csv.reader(["a,b\r"])))
show("skipspace", lambda: list(csv.reader(['a,  b, "c d"'], skipinitialspace=True)))
show("noskip", lambda: list(csv.reader(['a,  b, "c d"'])))
show("escape", lambda: list(csv.reader(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')))
show("escape-eol", lambda: list(csv.reader(['a\\', 'b'], escapechar='\\')))
show("escape-crnl", lambda: list(csv.reader(['a\\\n', 'b'], escapechar='\\')))
show("escape-quoted-eol", lambda: list(csv.reader(['"a\\', 'b"'], escapechar='\\')))
show("nodouble", lambda: list(csv.reader(['"a""b",c'], doublequote=False)))
show("strict", lambda: list(csv.reader(['"a"b,c'], strict=True)))
show("lax", lambda: list(csv.reader(['"a"b,c'])))
show("eof-quoted", lambda: list(csv.reader(['"abc'])))
show("eof-strict", lambda: list(csv.reader(['"abc'], strict=True)))
show("eof-escape", lambda: list(csv.reader(['a,b\\'], escapechar='\\')))
show("nonnumeric", lambda: list(csv.reader(['1,"2",3.5,,-1e3'], quoting=csv.QUOTE_NONNUMERIC)))
show("nonnumeric-bad", lambda: list(csv.reader(['abc'], quoting=csv.QUOTE_NONNUMERIC)))
show("quote-none", lambda: list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
show("quotechar-none", lambda: list(csv.reader(['"a,b",c'], quotechar=None)))
show("tab", lambda: list(csv.reader(["a\tb c\t'd\te'"], delimiter='\t', quotechar="'")))
show("excel-tab", lambda: list(csv.reader(["a\tb,c"], "excel-tab")))
show("bytes", lambda: list(csv.reader([b"a,b"])))
show("notiter", lambda: csv.reader(5))
show("nul", lambda: list(csv.reader(["a\0b,c"])))
show("space-delim", lambda: list(csv.reader(["a  b"], delimiter=' ', skipinitialspace=True)))
show("quote-mid", lambda: list(csv.reader(['ab"c"d,e'])))
show("spaces-quoted", lambda: list(csv.reader(['"a" ,"b"'])))

r = csv.reader(['a,"b', 'c"', '', 'd'])
for row in r:
    print("line_num", r.line_num, row)

# Field size limit.
print("limit", csv.field_size_limit())
print("old", csv.field_size_limit(5))
show("toolong", lambda: list(csv.reader(["abcdef"])))
show("fits", lambda: list(csv.reader(["abcde"])))
show("toolong-quoted", lambda: list(csv.reader(['"abcdef"'])))
print("old", csv.field_size_limit(new_limit=131072))
show("limit-type", lambda: csv.field_size_limit("x"))

# Dialect parameters and their errors.
show("delim2", lambda: csv.reader([], delimiter="ab"))
show("delim-int", lambda: csv.reader([], delimiter=1))
show("delim-none", lambda: csv.reader([], delimiter=None))
show("quotechar-int", lambda: csv.reader([], quotechar=1))
show("quotechar-2", lambda: csv.reader([], quotechar="ab"))
show("escape-2", lambda: csv.reader([], escapechar="ab"))
show("quoting-bad", lambda: csv.reader([], quoting=7))
show("quoting-str", lambda: csv.reader([], quoting="a"))
show("lt-int", lambda: csv.reader([], lineterminator=1))
show("lt-none", lambda: csv.reader([], lineterminator=None))
show("qc-none-min", lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_MINIMAL))
show("unknown", lambda: csv.reader([], "nope"))
show("badkw", lambda: csv.reader([], foo=1))

d = csv.get_dialect("excel")
print("excel", d.delimiter, repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.quoting,
      d.doublequote, d.skipinitialspace, d.strict)
show("setattr", lambda: setattr(d, "delimiter", ";"))
print(csv.list_dialects())
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
s = csv.get_dialect("semi")
print("semi", s.delimiter, s.quoting, repr(s.lineterminator))
csv.register_dialect("semi2", "semi", quotechar="'")
s2 = csv.get_dialect("semi2")
print("semi2", s2.delimiter, s2.quotechar, s2.quoting)
print(csv.list_dialects())
csv.unregister_dialect("semi2")
show("unreg-again", lambda: csv.unregister_dialect("semi2"))
show("get-unknown", lambda: csv.get_dialect("semi2"))
show("reg-int", lambda: csv.register_dialect(1))
print(csv.list_dialects())

class Pipe(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

class Broken(csv.Dialect):
    delimiter = "||"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

show("pipe", lambda: list(csv.reader(["a|'b|c'|d"], Pipe)))
show("pipe-inst", lambda: list(csv.reader(["a|'b|c'|d"], Pipe())))
show("broken", lambda: Broken())
show("base", lambda: csv.Dialect())
print(Pipe()._valid, csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
print(csv.Error, repr(csv.Error("x")), issubclass(csv.Error, Exception))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

# The writer.
def write(rows, *args, **kw):
    out = io.StringIO()
    w = csv.writer(out, *args, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except Exception as e:
        return "%s %s | %r" % (type(e).__name__, e, out.getvalue())
    return out.getvalue()

print(repr(write([["a", "b,c", 'd"e', "f\ng", "h\ri", None, 1, 2.5, True, ""]])))
print(repr(write([[""], [], [None], ["", ""]])))
print(repr(write([[""]], quoting=csv.QUOTE_NONE)))
print(repr(write([["a", 1, 2.5, None, "", True]], quoting=csv.QUOTE_ALL)))
print(repr(write([["a", 1, 2.5, None, "", True, 3j]], quoting=csv.QUOTE_NONNUMERIC)))
print(repr(write([["a,b"]], quoting=csv.QUOTE_NONE)))
print(repr(write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(write([['c"d', "e\\f", "g,h"]], escapechar="\\")))
print(repr(write([['c"d']], doublequote=False)))
print(repr(write([['c"d', "x"]], doublequote=False, escapechar="!")))
print(repr(write([["a b", "c\td"]], delimiter="\t", lineterminator="\n")))
print(repr(write([["a;b", "c|d"]], lineterminator=";|")))
print(repr(write([["a", "b"]], "unix")))
print(repr(write([["a", "b"]], "excel-tab")))
print(repr(write(["abc", (1, 2), range(3)])))
print(repr(write([5])))
print(repr(write([["x", 'y"z']], quotechar="'")))
out = io.StringIO()
w = csv.writer(out)
print("ret", w.writerow(["ab", "c"]), w.writerows([[1], [2, 3]]), repr(out.getvalue()))
show("nowrite", lambda: csv.writer(5))

# DictReader and DictWriter.
rows = ["name,age,city", "Ann,30,Paris", "", "Bob,25", "Cy,40,Rome,extra,more"]
dr = csv.DictReader(rows)
print(dr.fieldnames, dr.line_num)
for rec in dr:
    print(dr.line_num, rec)
dr = csv.DictReader(rows[1:], fieldnames=["n", "a"], restkey="REST", restval="?")
print(list(dr))
dr = csv.DictReader(iter(["a;b", "1;2"]), fieldnames=("x", "y"), delimiter=";")
print(dr.fieldnames, list(dr))
print(csv.DictReader([]).fieldnames, list(csv.DictReader([])))

out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b", "c"], restval="NA")
print(dw.writeheader())
dw.writerow({"a": 1, "c": "x,y"})
dw.writerows([{"b": 2}, {"a": None, "b": "q\"q"}])
try:
    dw.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)
print(repr(out.getvalue()))
dw = csv.DictWriter(out, ["a"], extrasaction="ignore")
dw.writerow({"a": 1, "zz": 2})
dw = csv.DictWriter(out, ["a"], extrasaction="RAISE")
dw.writerow({"a": 1, "zz": 2})
print(repr(out.getvalue()))
show("extras", lambda: csv.DictWriter(out, ["a"], extrasaction="bad"))

# Files opened with newline=''.
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerow([1, "multi\nline"])
        w.writerow([2, 'quote " and , comma'])
    with open(path, newline="") as f:
        print(f.read().encode())
    with open(path, newline="") as f:
        r = csv.reader(f)
        for row in r:
            print(r.line_num, row)
    with open(path, newline="") as f:
        print(list(csv.DictReader(f)))

# Seeded random round trips over every quoting mode.
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

ALPHABET = ['a', 'b', ' ', ',', '"', '\n', '\r', ';', "'", '\\', 'x', '1', '.', '-']
def rand_field():
    return "".join(ALPHABET[rand(len(ALPHABET))] for _ in range(rand(6)))

for trial in range(60):
    quoting = rand(4)
    kw = {"quoting": quoting}
    if rand(2):
        kw["escapechar"] = "\\"
    if rand(3) == 0:
        kw["delimiter"] = ";"
    if rand(3) == 0:
        kw["doublequote"] = False
    if rand(4) == 0:
        kw["lineterminator"] = "\n"
    rows = [[rand_field() for _ in range(1 + rand(4))] for _ in range(1 + rand(3))]
    text = write(rows, **kw)
    print(trial, kw, repr(text))
    if not text.startswith(("Error", "ValueError")):
        try:
            back = list(csv.reader(io.StringIO(text, newline=""), **kw))
            print("  back", back == rows, back)
        except Exception as e:
            print("  back", type(e).__name__, e)
    # Random text parsed directly.
    raw = "".join(ALPHABET[rand(len(ALPHABET))] for _ in range(rand(25)))
    kw2 = dict(kw)
    kw2.pop("lineterminator", None)
    if rand(3) == 0:
        kw2["skipinitialspace"] = True
    if rand(3) == 0:
        kw2["strict"] = True
    try:
        print("  raw", repr(raw), list(csv.reader(raw.split("\n"), **kw2)))
    except Exception as e:
        print("  raw", repr(raw), type(e).__name__, e)

# Line breaks and spaces as delimiters or quote and escape characters.
for kw in ({"delimiter": "\n"}, {"delimiter": "\r"}, {"escapechar": "\r"}, {"quotechar": "\n"},
           {"delimiter": " ", "skipinitialspace": True}, {"delimiter": "\t", "quoting": csv.QUOTE_NONE}):
    for lines in (["a\nb,c\n"], ["a\rb\r\n", "c"], ["x,y\r", ""], ['"p\n', 'q"'], ["a  b \n"], ["\r\n"]):
        try:
            print(repr(kw), repr(lines), list(csv.reader(lines, **kw)))
        except Exception as e:
            print(repr(kw), repr(lines), type(e).__name__, e)
    print(repr(write([["a\nb", "c\rd", "e f"]], **kw)))
