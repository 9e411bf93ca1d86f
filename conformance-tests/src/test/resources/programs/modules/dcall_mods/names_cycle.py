# Imported while names.py is partially initialised: `late` is not bound yet.
try:
    from dcall_mods.names import late
except ImportError as e:
    partial = e
from dcall_mods.names import present
