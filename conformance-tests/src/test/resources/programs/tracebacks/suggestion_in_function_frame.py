# The NameError of a nested function: its own locals (not the enclosing function's), then globals.
def outer():
    message_text = "hi"

    def inner(argument_one):
        local_thing = 1
        return local_thng + argument_on

    return inner(1)


outer()
