# A module-level import of a user module whose body raises: the traceback shows the import
# statement and the imported module's frames with their source lines.
print("before import")
from tb_mods import failing
print("not reached", failing)
