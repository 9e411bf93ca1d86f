# The empty str and bytes hash to 0 in every CPython process (str hashes are otherwise randomised).
print(hash(''), hash(b''), hash('') == hash(b''))
print(hash('a') == hash('a'), hash('ab') == hash('a' + 'b'))
