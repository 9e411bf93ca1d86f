class Zero(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
z = Zero()
z["a"] += 5
z["b"]
print(z, z.get("c"), "c" in z)
