# The other half: it runs while ca is partially initialised, so ca's f is not defined yet.
from dcall_mods import ca

print("cb: start")
try:
    result = ca.g(1)
except NameError as e:
    result = "NameError: " + str(e)
print("cb:", result)
try:
    ca.f(1)
except AttributeError as e:
    print("cb: AttributeError:", e)


def later():
    return ca.g(3)
