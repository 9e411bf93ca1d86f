# Module bodies run at their import statements across the transpiled/routed boundary.
print("main: start")
import routed_mod
print("main: after import", routed_mod.double(4))
import lazy_util
print("main:", lazy_util.name, lazy_util.loads)
