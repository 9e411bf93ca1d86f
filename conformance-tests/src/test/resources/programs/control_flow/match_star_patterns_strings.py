def parse(cmd):
    match cmd.split():
        case ["add", *nums] if nums:
            return sum(int(n) for n in nums)
        case ["echo", *words]:
            return " ".join(words)
        case [op, *_]:
            return f"unknown {op}"
        case []:
            return "empty"
for c in ("add 1 2 3", "echo hi there", "add", "jump high", ""):
    print(repr(c), parse(c))
