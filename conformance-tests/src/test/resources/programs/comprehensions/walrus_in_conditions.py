import re
text = "id=42;name=bob"
if (m := re.search(r"id=(\d+)", text)) is not None:
    print("id", m.group(1))
lines = iter(["a", "bb", "", "ccc"])
while (line := next(lines)):
    print(line, len(line))
print([n for n in range(10) if (sq := n * n) % 3 == 1], sq)
