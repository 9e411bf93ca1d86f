# __getattribute__ called with a built name.
print(str.__getattribute__('abc', 'swap' + 'case')())
print(object.__getattribute__(5, 'conj' + 'ugate')())
print(type(3).__getattribute__(3, 'bit_' + 'count')())
