# Imported by import_failing_module.py: its body raises while the module loads.
LIMITS = {"low": 1}


def limit(name):
    return LIMITS[name] * 2


HIGH = limit("high")
