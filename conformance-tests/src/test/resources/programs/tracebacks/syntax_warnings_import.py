# An imported module's SyntaxWarnings are printed when it is first imported.
print("before import")
from tb_mods import warns
print("after import", warns.check(warns.value))
from tb_mods import warns as again
print(again is warns)
