# Imports the entry by name while it is still running as __main__: a fresh module object runs,
# and a circular import of this module from it sees this module partially initialised.
print("reader starts")
import entry_imported_by_name as entry

seen = (entry.__name__, entry.counter, hasattr(entry, "LATE"), hasattr(entry, "bump"))
print("reader done", seen)
