class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
r = Resource("db")
try:
    raise OSError("connection reset")
except OSError as e:
    print("OSError:", e)
finally:
    r.close()
