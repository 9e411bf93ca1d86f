"""Helper doc."""
counter = 1
def get():
    return counter
def bump():
    global counter
    counter += 10
