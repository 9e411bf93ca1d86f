s = "🐍py🐍th😀on"
print(s[0:3], s[3:], s[-3:], s[::2], s[1::3], s[100:], s[-100:2])
print(s.find("😀"), s.index("th"), s.rfind("🐍"), s.count("🐍"))
print(s.split("🐍"), s.replace("🐍", "-"), s.upper())
