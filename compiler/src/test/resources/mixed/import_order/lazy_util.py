print("lazy_util: body")
name = "lazy"
loads = 0
