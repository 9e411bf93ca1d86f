print(None == None, None != 0, False == 0, True == 1, True == 1.0)
print(False < True, sorted([True, False, True]), max(False, 0), min(0, False))
