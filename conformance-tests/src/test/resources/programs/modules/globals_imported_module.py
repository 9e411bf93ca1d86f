# globals() of an imported module: its own namespace, whose new keys are module attributes.
from globals_mods import registry
import globals_mods.registry as reg

registry.register("alpha", 1)
print(registry.alpha, reg.lookup("alpha"), reg.lookup("beta"))
registry.beta = 2
print(reg.lookup("beta"), hasattr(registry, "gamma"))
print(registry.__name__, registry.__doc__)
print(globals()["registry"] is reg, "reg" in globals(), "alpha" in globals())
print(sorted(registry.handlers))
