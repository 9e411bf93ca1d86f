# Methods reached only through names in string constants: each stays in an optimised build.
print(getattr('abc', 'upper')())
print(getattr('abc', 'cent' 'er')(9, '*'))
print(getattr('a\x62c', '\x74itle')())
print(hasattr(3, 'bit_count'), hasattr(3, 'no_such_method'))
print('{0.real} {0.imag} {1.numerator}'.format(2.5, 7))
print(f'{3.5.is_integer()}')
key = 'swapcase'
print(getattr('aBc', key)())
