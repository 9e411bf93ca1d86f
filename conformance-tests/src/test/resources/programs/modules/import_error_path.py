# ImportError for a name a module lacks: CPython's message ends with the module's file, also
# in the `path` attribute, and `name` is the module. The absolute path is shown relative to the
# working directory (the program's directory) so the output does not depend on the machine.
import os

from dcall_mods import names

cwd = os.getcwd()


def show(e):
    print(type(e).__name__, str(e).replace(cwd, "<dir>"))
    print(" ", e.name, e.path.replace(cwd, "<dir>"), e.path.startswith("/"), e.msg == str(e))


try:
    from dcall_mods.names import nope
except ImportError as e:
    show(e)
show(names.names_cycle.partial)
try:
    from dcall_mods import nope
except ImportError as e:
    show(e)
try:
    from dcall_mods.names import present, missing
except ImportError as e:
    show(e)
