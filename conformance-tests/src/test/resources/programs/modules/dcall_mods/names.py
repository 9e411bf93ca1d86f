# A module whose names are imported before they are bound (circular import) or never bound.
present = "present"
from dcall_mods import names_cycle

late = "late"
