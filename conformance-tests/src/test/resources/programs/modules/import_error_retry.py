# A module whose body raises is not kept: the next import runs its body again.
try:
    import err_mods.bad
except ValueError as e:
    print("caught:", e)
import err_mods
print("bound on package:", hasattr(err_mods, "bad"))
import err_mods.bad
print("second import:", err_mods.bad.done, err_mods.bad.attempt)
print(hasattr(err_mods.bad, "only_first"))
import err_mods.bad
print("third import runs nothing:", err_mods.state.attempts)
