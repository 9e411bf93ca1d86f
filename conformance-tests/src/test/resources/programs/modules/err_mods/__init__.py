print("err_mods: package body")
