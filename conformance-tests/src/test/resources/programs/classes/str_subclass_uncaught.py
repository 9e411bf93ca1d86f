# An uncaught TypeError from a str subclass operation: its message names the subclass.
class Name(str):
    def greet(self):
        return 'hi ' + self


n = Name('ann')
print(n.greet(), n.title(), type(n.title()).__name__)
print(n + 1)
