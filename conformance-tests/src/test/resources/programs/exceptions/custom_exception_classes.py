class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Detailed(MyError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
for e in (MyError(1, "plain"), Detailed(2, "fancy")):
    try:
        raise e
    except MyError as caught:
        print(type(caught).__name__, caught.code, str(caught), caught.args, repr(caught))
