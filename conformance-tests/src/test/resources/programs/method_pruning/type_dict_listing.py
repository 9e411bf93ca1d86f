# A type's __dict__ lists every method, spelled in the program or not.
print(('z' + 'fill') in str.__dict__, ('rem' + 'oveprefix') in str.__dict__)
print(sorted(k for k in list.__dict__ if not k.startswith('_')))
print(sorted(k for k in vars(int) if not k.startswith('_')))
print(len([n for n in dir('') if not n.startswith('_')]))
