// Raising built-in exceptions from runtime code: https://docs.python.org/3/library/exceptions.html
// Runtime modules throw through `pyError` so they do not depend on how exception
// classes are built; `setExceptionFactory` is called once by types/exceptions.js.

let factory = (name, message) => {
  const e = new Error(message);
  e.pyTypeName = name;
  return e;
};

/** Installs the function that builds a Python exception instance from a class name and message. */
export function setExceptionFactory(f) {
  factory = f;
}

/** Returns a Python exception instance of the built-in class `name`, ready to `throw`. */
export function pyError(name, message) {
  return factory(name, message);
}
