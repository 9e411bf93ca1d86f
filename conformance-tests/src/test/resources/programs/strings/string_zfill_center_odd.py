print("7".center(4, "*"), "ab".center(5, "*"), "abc".center(6, "*"), "-5".zfill(4), "😀".center(3, "-"))
