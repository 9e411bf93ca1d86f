import hashlib
print(hashlib.sha256(b"taipan").hexdigest())
print(hashlib.md5(b"").hexdigest())
