# match on bytes: literal patterns compare by value (never equal to str), bytes() class
# patterns, and bytes are not sequences for sequence patterns.
def classify(v):
    match v:
        case b'GET' | b'HEAD':
            return 'read method'
        case b'':
            return 'empty bytes'
        case 'GET':
            return 'str GET'
        case [x, y]:
            return f'pair {x} {y}'
        case bytes(b) if b.startswith(b'\x89PNG'):
            return 'png ' + str(len(b))
        case bytes() as raw:
            return 'other bytes ' + raw.hex()
        case _:
            return 'other'
for v in [b'GET', b'HEAD', b'', 'GET', b'ab', [1, 2], b'\x89PNG\r\n', b'\x00\x01', 3, (b'a', b'b')]:
    print(repr(v), '->', classify(v))
match b'x\x00':
    case b'x\0':
        print('escape forms match')
