import json
from json import dumps, loads, JSONDecodeError, JSONEncoder, JSONDecoder
data = {"name": "Zoë", "n": [1, 2.5, None, True, False, -0.0, 1e16, 10**20], "nested": {"k": "v", "e": []}, "e": "😀\t\"\\/\x01\x7f"}
print(dumps(data))
print(dumps(data, ensure_ascii=False, sort_keys=True, indent=2))
print(dumps(data, indent=0, separators=(',', ':')), dumps([1, [2, {}]], indent='--'))
print(dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}), dumps((1, 2)), dumps('x'), dumps(float('nan')), dumps([float('inf'), -float('inf')]))
for bad in [{(1,): 2}, {1, 2}, object]:
    try: dumps(bad)
    except TypeError as e: print('TypeError', e)
print(dumps({(1,): 2, 'a': 1}, skipkeys=True), dumps({1, 2}, default=sorted), dumps({'b': 1, 'a': 2}, sort_keys=True))
l = []; l.append(l)
try: dumps(l)
except ValueError as e: print('ValueError', e)
try: dumps(float('nan'), allow_nan=False)
except ValueError as e: print('ValueError', e)
try: dumps({'b': 1, 2: 2}, sort_keys=True)
except TypeError as e: print('TypeError', e)
print(loads('[1e3, -0.0, 1.0, 0, -12, 1E+2, 3.25e-1]'), loads(' {"a" : [true, false, null], "b": {}} '), loads('"\\u00e9\\ud83d\\ude00\\n\\/"'))
print(loads('NaN'), loads('[Infinity, -Infinity]'), loads('123456789012345678901234567890'), type(loads('1.0')).__name__)
print(loads('{"a": 1, "a": 2}'), loads('[1, 2]', object_hook=dict), loads('{"x": 1}', object_hook=lambda d: sorted(d)), loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(loads('1.5', parse_float=str), loads('7', parse_int=float), loads('NaN', parse_constant=lambda c: c), loads('"a\tb"', strict=False))
for bad in ['', ' ', '{bad}', '[1, 2', '[1,]', '{"a" 1}', '{"a": 1,}', '{"a": }', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"a\tb"',
            '[1] x', '01', '-', '1.', '1e', '.5', 'nul', 'tru', '[', '{', '{"a":1', '\n\n  [1,\n 2 x]', '\ufeff1', '[1 2]', '"\\', '-Infinit']:
    try: print(repr(bad), loads(bad))
    except JSONDecodeError as e: print(repr(bad), 'JSONDecodeError', e, e.msg, e.pos, e.lineno, e.colno)
try: loads(5)
except TypeError as e: print('TypeError', e)
print(isinstance(JSONDecodeError('m', 'd', 0), ValueError), JSONDecoder().raw_decode('[1] tail'), getattr(JSONEncoder(indent=1), 'encode')({'a': [1]}))
class Enc(JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(dumps({'s': {3, 1}}, cls=Enc), list(JSONEncoder().iterencode([1, 'a'])), json.dumps(data) == dumps(data))
import sys
json.dump({'out': [1, 2]}, sys.stdout, indent=1); print()
print(loads(dumps(data)) == data, dumps(""), dumps([]), dumps({}), dumps(None), dumps(3), dumps(True))
json.loads('[1, 2, oops]')
