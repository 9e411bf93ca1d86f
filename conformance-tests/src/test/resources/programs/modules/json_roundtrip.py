import json
data = {"name": "Zoë", "n": [1, 2.5, None, True], "nested": {"k": "v"}, "e": "😀"}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
print(json.loads(s) == data, json.loads("[1e3, -0.0, 1.0]"))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
