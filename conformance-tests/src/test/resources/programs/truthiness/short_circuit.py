calls = []
def t(name, value):
    calls.append(name)
    return value
r = t("a", 0) and t("b", 1)
r2 = t("c", 1) or t("d", 1)
r3 = t("e", 1) and t("f", "") or t("g", "G")
print(r, r2, r3, calls)
print(not 0 == 1, not (0 == 1), (not 0) == 1)
