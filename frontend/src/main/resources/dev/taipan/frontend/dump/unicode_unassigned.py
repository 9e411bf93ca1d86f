"""Regenerates unicode-unassigned.txt: the code point ranges CPython's unicodedata treats as unassigned (Cn).

CPython 3.11 uses Unicode 14.0 while newer JDKs know later versions, so PyRepr consults this list to
print reprs exactly as the oracle does. Run: python3 unicode_unassigned.py > unicode-unassigned.txt
"""
import sys
import unicodedata

print(f"# Unicode {unicodedata.unidata_version} unassigned (Cn) ranges, from Python {sys.version.split()[0]}")
start = None
for cp in range(0x110001):
    cn = cp < 0x110000 and unicodedata.category(chr(cp)) == "Cn"
    if cn and start is None:
        start = cp
    elif not cn and start is not None:
        print(f"{start:X} {cp - 1:X}")
        start = None
