// `import math`: the module object over the math functions (modules/math.js).

import * as functions from './math.js';
import { AttrDict } from '../types/type.js';
import { PyModule } from '../internals/attribute.js';

const attrs = new AttrDict();
for (const [k, v] of Object.entries(functions)) attrs[k] = v;

/** The module object for `import math`. */
export const math = new PyModule('math', attrs);
