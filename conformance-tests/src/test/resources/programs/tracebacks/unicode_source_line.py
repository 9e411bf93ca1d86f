# Markers under a line with non-ASCII text: CPython counts columns in characters.
def greet(name):
    message = "héllo wörld 😀 " + name
    return message


print(greet("x"))
print(greet(42))
