# A method name built at run time and looked up with getattr: the optimiser must keep every
# method (the name is spelled nowhere as one word).
parts = ['up', 'per']
name = ''.join(parts)
print(getattr('abc', name)())
print(getattr(255, 'bit_' + 'len' + 'gth')())
print(getattr(b'ab', 'he' + 'x')())
