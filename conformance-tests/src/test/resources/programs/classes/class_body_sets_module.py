import json
print(json.JSONDecodeError, json.JSONDecodeError.__module__, json.JSONEncoder)
class A:
    __module__ = 'elsewhere'
print(A, A.__module__, json.JSONDecoder)
