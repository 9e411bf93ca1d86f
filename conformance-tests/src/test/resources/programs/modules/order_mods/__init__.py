print("order_mods: package body")
