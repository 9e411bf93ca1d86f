// What CPython 3.11 records on the errors its interpreter raises: an AttributeError's `name` and
// `obj` (the failed lookup), a NameError's `name` (types/exception-keyword-fields.js reads and
// writes them). None is `undefined`, so whether a field was set (CPython: not NULL) is kept
// apart: an error whose `obj` is None still has one.

/** The JS field holding each field's value, and the one telling it was set. */
export const FIELD = { name: '$errName', obj: '$errObj' };
export const FIELD_SET = { name: '$errNameSet', obj: '$errObjSet' };

/** Whether field `f` ('name' or 'obj') of exception `e` was set. */
export function fieldIsSet(e, f) {
  return e[FIELD_SET[f]] === true;
}

/** Sets field `f` of exception `e`. */
export function setField(e, f, v) {
  e[FIELD[f]] = v;
  e[FIELD_SET[f]] = true;
}

/** Unsets field `f` of exception `e` (`del e.name`). */
export function clearField(e, f) {
  e[FIELD[f]] = undefined;
  e[FIELD_SET[f]] = false;
}

/** Records on an AttributeError the object and name the failed lookup was for, unless either is set. */
export function setAttributeErrorContext(e, obj, name) {
  if (!fieldIsSet(e, 'name') && !fieldIsSet(e, 'obj')) {
    setField(e, 'name', name);
    setField(e, 'obj', obj);
  }
  return e;
}

/** Records on a NameError the name the interpreter could not find. */
export function setNameErrorName(e, name) {
  setField(e, 'name', name);
  return e;
}
