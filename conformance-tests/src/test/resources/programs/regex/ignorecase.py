# IGNORECASE as sre applies it: simple lowercase, the extra equivalences (sigma, kelvin, long s,
# dotless i, Greek symbols), classes and ranges folded, backreferences, and the ASCII variant.
import re

cases = [("k", "kK\u212a"), ("\u212a", "kK\u212a"), ("[k]", "kK\u212a"), ("[a-z]", "K\u212a\u017fS"), ("s", "sS\u017f"),
         ("\u03c3", "\u03a3\u03c3\u03c2"), ("[\u03c3]", "\u03a3\u03c3\u03c2"), ("i", "iI\u0130\u0131"), ("\u0130", "iI\u0130\u0131"),
         ("[\u0130]", "i\u0130"), ("\u00b5", "\u00b5\u03bc\u039c"), ("\u00df", "\u00df\u1e9e"), ("[^k]", "kK\u212ax"),
         ("[\u0391-\u03a9]+", "\u03b1\u03b2\u03c9"), ("[\u01c4]", "\u01c4\u01c5\u01c6"), ("\u01c5", "\u01c4\u01c5\u01c6"),
         ("\u1f80", "\u1f80\u1f88"), ("[\u2126]", "\u03c9\u03a9\u2126"), ("[\u00c5-\u00c5]", "\u00e5\u212b"),
         ("[\\w]", "A\u0130"), ("[a\\W]", "A\u0130!"), ("(.)\\1", "aA \u03c3\u03c2 k\u212a"), ("\U00010400", "\U00010428\U00010400"),
         ("[\U00010400-\U00010410]", "\U00010428\U00010400"), ("[\U00010428]", "\U00010400"), ("\u0345", "\u0399\u03b9\u1fbe"),
         ("[\u1c80]", "\u0432\u0412"), ("\ufb05", "\ufb05\ufb06"), ("[\\d\\s]", "1 A"), ("[A-Z]", "\u212a\u017f\u0131\u0130")]
for p, s in cases:
    print(ascii(p), ascii(re.findall(p, s, re.I)), ascii(re.findall(p, s, re.I | re.A)), ascii(re.findall(p, s)))
print(re.sub("(?i)hello", "bye", "Hello HELLO hello"), re.split("(?i)x", "aXbxc"), re.fullmatch("(?i)StRaSsE", "strasse"))
