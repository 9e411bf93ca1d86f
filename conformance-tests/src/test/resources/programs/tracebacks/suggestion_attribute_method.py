# The suggestion for an attribute read in a method: the instance's names and its class's.
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balanse += amount


Account().deposit(5)
