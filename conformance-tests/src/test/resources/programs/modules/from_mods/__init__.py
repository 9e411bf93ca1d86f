print("from_mods: package body")
