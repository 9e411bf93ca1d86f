# typing.get_type_hints resolves a string annotation in the module's globals when it is called:
# a class not defined yet is a NameError, as in CPython.
import typing

def move(target: 'Later') -> 'Later':
    return target

try:
    print(typing.get_type_hints(move))
except NameError as e:
    print(type(e).__name__, e)

class Later:
    pass

print(typing.get_type_hints(move))
