print("other: body")
name = "other"
