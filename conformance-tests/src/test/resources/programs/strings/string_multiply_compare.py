print("ab" * 3, 3 * "x", "" * 100, "abc" * 0)
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "😀" > "\uffff")
print(sorted(["banana", "Apple", "cherry", "apple"]), max("hello"), min("hello"))
print("abc" == "abc", "a" != "A")
