print("before class")
class K:
    print("in body")
    x = [i * 2 for i in range(3)]
    def m(self):
        return self.x
    y = len(x)
print("after class", K.y, K().m())
