# A function of a partially initialised module (circular import) that calls a module-level
# function whose `def` has not run yet raises NameError; once the module is loaded it works.
print("main: start")
from dcall_mods import ca
from dcall_mods import cb

print("main:", ca.g(4), cb.later(), cb.result)
