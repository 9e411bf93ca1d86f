// The globals of modules by name, for what CPython reads through `function.__globals__` or
// `sys.modules[name].__dict__`: typing.get_type_hints resolving a string annotation. A module
// registers (codegen ModuleEmitter) only when it holds an annotation that is a string.

import { PyModule } from './attribute.js';

const namespaces = new Map();

/** Records the accessor object (a getter and setter per global) of module `name`. */
export function registerNamespace(name, accessors) {
  namespaces.set(name, accessors);
}

/** A module object over the globals of module `name`, or None when it did not register. */
export function moduleNamespace(name) {
  const accessors = namespaces.get(name);
  if (accessors === undefined) return undefined;
  Object.setPrototypeOf(accessors, null);
  return new PyModule(name, accessors);
}
