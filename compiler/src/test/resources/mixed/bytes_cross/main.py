# Bytes cross between transpiled code and a routed module in both directions, as copies.
import blob

d = blob.digest(b"hello")
print(type(d).__name__, len(d), d.hex())
print(d == blob.digest(b"hello"), d == blob.digest(b"hellO"))

packed = blob.pack("caf\u00e9 " * 20)
print(type(packed).__name__, isinstance(packed, bytes), len(packed) < 40)
print(blob.unpack(packed).decode("utf-8")[:10])

for v in (b"", b"\x00\xff\x80", bytes(range(5)), b"abc" * 3):
    back = blob.echo(v)
    print(repr(back), back == v, type(back) is bytes, hash(back) == hash(v))

print(blob.kinds([b"x", (b"y",), {b"k": b"v"}]))
print(blob.echo({b"k": [b"v", 1]}))
print(blob.echo(b"abc")[1], blob.echo(b"abc")[::-1], b"-".join([blob.echo(b"a"), b"b"]))


def upper(data):
    print("  transpiled got", type(data).__name__, repr(data))
    return data.upper()


print(blob.call_back(upper, b"shout"))
s = {blob.echo(b"key")}
print(b"key" in s)
