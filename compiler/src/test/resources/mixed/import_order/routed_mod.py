print("routed_mod: body starts")
import lazy_util
lazy_util.loads += 1


def double(x):
    return eval("x * 2")


print("routed_mod: body ends")
