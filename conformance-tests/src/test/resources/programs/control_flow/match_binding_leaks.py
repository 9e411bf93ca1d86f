match [1, 2, 3]:
    case [a, *b]:
        pass
print(a, b)
match {"x": 1}:
    case {"x": v} if v > 5:
        print("big")
    case {"x": v}:
        print("bound v", v)
