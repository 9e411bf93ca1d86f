import sys
def who_called():
    return sys._getframe(1).f_code.co_name
def caller():
    return who_called()
print(caller())
