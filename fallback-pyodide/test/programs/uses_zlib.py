import zlib
data = b"abc" * 100
c = zlib.compress(data)
print(zlib.crc32(data), len(zlib.decompress(c)))
