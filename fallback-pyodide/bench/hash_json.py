import hashlib, json
rows = [{"i": i, "h": hashlib.sha256(str(i).encode()).hexdigest()[:8]} for i in range(20000)]
print(len(json.dumps(rows)), rows[-1])
