// `__slots__`: https://docs.python.org/3/reference/datamodel.html#slots
// Each slot is a member descriptor on the class (a data descriptor) whose value lives in an own
// property of the instance named SLOT_PREFIX + name: apart from the `$$` keys of the instance
// `__dict__` (internals/instance-attrs.js), as a class with slots may also have a dict through
// a base. A class whose slots leave out `__dict__`, and whose bases give none, makes instances
// without a `__dict__` (`$dictless`).

import { PyType, AttrDict, objectType, typeOf, isSubtype } from './type.js';
import { pyError } from '../internals/errors.js';

/** What the own property of a slot's value starts with (never `$$`, never a runtime field's name). */
const SLOT_PREFIX = '$s$';

/** `<member 'x' of 'P' objects>`: the descriptor of one slot. */
export class SlotMember {
  constructor(name, owner) {
    this.name = name;
    this.owner = owner;
    this.key = SLOT_PREFIX + name;
  }

  /** `obj.x` for an instance (never `undefined`: class access returns the member itself). */
  get(obj) {
    this.check(obj);
    const k = this.key;
    if (k in obj) return obj[k];
    throw pyError('AttributeError', `'${typeOf(obj).__name__}' object has no attribute '${this.name}'`);
  }

  set(obj, value) {
    this.check(obj);
    obj[this.key] = value;
  }

  delete(obj) {
    this.check(obj);
    const k = this.key;
    if (!(k in obj)) throw pyError('AttributeError', this.name);
    delete obj[k];
  }

  check(obj) {
    if (!isSubtype(typeOf(obj), this.owner)) {
      throw pyError('TypeError', `descriptor '${this.name}' for '${this.owner.__name__}' objects doesn't apply to a '${typeOf(obj).__name__}' object`);
    }
  }
}

const memberType = new PyType('member_descriptor', [objectType], new AttrDict());
SlotMember.prototype.$cls = memberType;
Object.assign(memberType.$dict, {
  __repr__: (self) => `<member '${self.name}' of '${self.owner.__name__}' objects>`,
  __get__: (self, obj, cls) => (obj === undefined ? self : self.get(obj)),
  __set__: (self, obj, value) => self.set(obj, value),
  __delete__: (self, obj) => self.delete(obj),
});

/** The slot names of `t` and its bases, in MRO order: equal for classes of the same layout. */
export function slotLayout(t) {
  const names = [];
  for (const c of t.$mro) if (c.$slots !== undefined) names.push(...c.$slots);
  return names.join(',') + (t.$dictless === true ? '' : ',__dict__');
}
