# Only the branch that runs imports its module.
import sys
print("start")
if len(sys.argv) > 5:
    import cond_mods.never
    print("never printed")
else:
    print("skipped the import")
flag = True
if flag:
    import cond_mods.maybe
    print("value", cond_mods.maybe.value)
try:
    cond_mods.never
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    from cond_mods import maybe
    print("loop", i, maybe.value)
