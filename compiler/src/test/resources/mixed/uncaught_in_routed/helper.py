import zlib


def risky(n):
    print("risky", n)
    if n < 0:
        raise OverflowError(f"negative: {n + zlib.crc32(b'')}")
    return n * 1.5
