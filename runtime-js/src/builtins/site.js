// The names CPython's `site` adds to builtins that scripts use: exit() and quit() (instances of
// _sitebuiltins.Quitter), and the compile-time constant __debug__.
// https://docs.python.org/3/library/constants.html#constants-added-by-the-site-module

import { AttrDict, PyObject, PyType, objectType } from '../types/type.js';
import { pyError } from '../internals/errors.js';
import { makeTuple } from '../types/tuple.js';
import { instanceGet, instanceSet } from '../internals/instance-attrs.js';

function quit(self, code) {
  // CPython closes sys.stdin first; the runtime's stdin has nothing to release.
  const e = pyError('SystemExit');
  if (code !== undefined) e.$args = makeTuple([code]);
  throw e;
}
quit.$kw = (args, kw) => {
  for (const k in kw) {
    if (k !== 'code') throw pyError('TypeError', `Quitter.__call__() got an unexpected keyword argument '${k}'`);
  }
  return quit(args[0], 'code' in kw ? kw.code : args[1]);
};

const quitterType = new PyType('Quitter', [objectType], new AttrDict(), '_sitebuiltins');
Object.assign(quitterType.$dict, {
  __repr__: (self) => `Use ${instanceGet(self, 'name')}() or ${instanceGet(self, 'eof')} to exit`,
  __call__: quit,
});

function quitter(name) {
  const q = new PyObject(quitterType);
  instanceSet(q, 'name', name);
  instanceSet(q, 'eof', 'Ctrl-D (i.e. EOF)');
  return q;
}

export const exit = quitter('exit');
export const quitObject = quitter('quit');
export const __debug__ = true;
