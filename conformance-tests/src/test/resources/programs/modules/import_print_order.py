# A user module's body runs at its first import statement, not at program start.
print("start")
import order_mods.helper
print("after import", order_mods.helper.x)
import order_mods.helper
print("second import runs nothing")
from order_mods.helper import x
print("from import", x)
import order_mods.other as other
print("other", other.name, order_mods.other is other)
