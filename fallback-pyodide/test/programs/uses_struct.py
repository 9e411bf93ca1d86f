import struct
print(struct.pack("<hId", -2, 7, 1.5))
print(struct.unpack(">I", b"\x00\x00\x01\x00"))
