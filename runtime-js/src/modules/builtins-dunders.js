// The values CPython's `builtins` module holds for the module dunders every module also has:
// a module-level read of `__name__` or `__doc__` after the module deletes its own falls back to
// these, as LOAD_GLOBAL/LOAD_NAME fall back to builtins.

export const builtinsName = 'builtins';

export const builtinsDoc = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.";
