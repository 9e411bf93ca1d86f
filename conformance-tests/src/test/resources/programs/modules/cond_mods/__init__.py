print("cond_mods: package body")
