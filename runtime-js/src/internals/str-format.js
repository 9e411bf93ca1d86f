// str.format and f-string fields: https://docs.python.org/3/library/string.html#format-string-syntax
// Parses replacement fields as CPython's Objects/stringlib/unicode_format.h does; looking
// values up and formatting them goes through hooks supplied by the object model.

import { pyError } from './errors.js';
import { formatWithSpec } from './format-spec.js';

/**
 * f'{value!conversion:spec}': applies the conversion ('r', 's', 'a' or ''/undefined) and
 * formats with `hooks.format(value, spec)` (defaulting to format() of ints, floats, strs).
 */
export function formatValue(value, conversion, spec, hooks) {
  let v = value;
  if (conversion === 'r') v = hooks.repr(value);
  else if (conversion === 's') v = hooks.str(value);
  else if (conversion === 'a') v = hooks.ascii(value);
  return hooks.format !== undefined ? hooks.format(v, spec === undefined ? '' : spec) : formatWithSpec(v, spec);
}

function kwarg(kwargs, name) {
  if (kwargs instanceof Map) {
    if (kwargs.has(name)) return kwargs.get(name);
  } else if (kwargs != null && Object.prototype.hasOwnProperty.call(kwargs, name)) {
    return kwargs[name];
  }
  throw pyError('KeyError', name);
}

class Renderer {
  constructor(args, kwargs, hooks) {
    this.args = args;
    this.kwargs = kwargs;
    this.hooks = hooks;
    this.auto = 0; // 0 = not yet decided, 1 = automatic, 2 = manual
    this.next = 0;
  }

  render(fmt, depth) {
    if (depth <= 0) throw pyError('ValueError', 'Max string recursion exceeded');
    let out = '';
    let i = 0;
    const n = fmt.length;
    while (i < n) {
      const c = fmt[i];
      if (c === '}') {
        if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
        throw pyError('ValueError', "Single '}' encountered in format string");
      }
      if (c !== '{') {
        let j = i;
        while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
        out += fmt.slice(i, j);
        i = j;
        continue;
      }
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      if (i + 1 >= n) throw pyError('ValueError', "Single '{' encountered in format string");
      // Find the matching '}' (specs may nest fields one level deeper).
      let depthCount = 1;
      let j = i + 1;
      let inName = true;
      for (; j < n; j++) {
        if (inName && fmt[j] === '[') {
          while (j < n && fmt[j] !== ']') j++;
          if (j >= n) break;
          continue;
        }
        if (fmt[j] === ':' || fmt[j] === '!') inName = false;
        if (fmt[j] === '{') depthCount++;
        else if (fmt[j] === '}' && --depthCount === 0) break;
      }
      if (j >= n) throw pyError('ValueError', "expected '}' before end of string");
      out += this.field(fmt.slice(i + 1, j), depth);
      i = j + 1;
    }
    return out;
  }

  field(text, depth) {
    let k = 0;
    let c = '';
    for (; k < text.length; k++) {
      c = text[k];
      if (c === '{') throw pyError('ValueError', "unexpected '{' in field name");
      if (c === '[') {
        while (k < text.length && text[k] !== ']') k++;
        continue;
      }
      if (c === ':' || c === '!') break;
    }
    const name = text.slice(0, k);
    let conversion = '';
    let spec = '';
    if (k < text.length) {
      if (text[k] === '!') {
        if (k + 1 >= text.length) throw pyError('ValueError', "unmatched '{' in format spec");
        conversion = text[k + 1];
        if (k + 2 < text.length) {
          if (text[k + 2] !== ':') throw pyError('ValueError', "expected ':' after conversion specifier");
          spec = text.slice(k + 3);
        }
      } else {
        spec = text.slice(k + 1);
      }
    }
    let value = this.lookup(name);
    if (conversion !== '') {
      switch (conversion) {
        case 'r': value = this.hooks.repr(value); break;
        case 's': value = this.hooks.str(value); break;
        case 'a': value = this.hooks.ascii(value); break;
        default: throw pyError('ValueError', `Unknown conversion specifier ${conversion}`);
      }
    }
    if (spec.indexOf('{') >= 0) spec = this.render(spec, depth - 1);
    return this.hooks.format !== undefined ? this.hooks.format(value, spec) : formatWithSpec(value, spec);
  }

  lookup(name) {
    let k = 0;
    while (k < name.length && name[k] !== '.' && name[k] !== '[') k++;
    const first = name.slice(0, k);
    let value;
    if (first.length === 0) {
      if (this.auto === 2) {
        throw pyError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      }
      this.auto = 1;
      value = this.positional(this.next++);
    } else if (/^[0-9]+$/.test(first)) {
      if (this.auto === 1) {
        throw pyError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      }
      this.auto = 2;
      value = this.positional(Number(first));
    } else {
      value = kwarg(this.kwargs, first);
    }
    while (k < name.length) {
      if (name[k] === '.') {
        let j = k + 1;
        while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
        const attr = name.slice(k + 1, j);
        if (attr.length === 0) throw pyError('ValueError', 'Empty attribute in format string');
        value = this.hooks.getattr(value, attr);
        k = j;
      } else {
        const close = name.indexOf(']', k);
        if (close < 0) throw pyError('ValueError', "Missing ']' in format string");
        const key = name.slice(k + 1, close);
        if (key.length === 0) throw pyError('ValueError', 'Empty attribute in format string');
        value = this.hooks.getitem(value, /^[0-9]+$/.test(key) ? Number(key) : key);
        k = close + 1;
        if (k < name.length && name[k] !== '.' && name[k] !== '[') {
          throw pyError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
        }
      }
    }
    return value;
  }

  positional(i) {
    // format_map() has no positional arguments at all (null), not an empty tuple of them.
    if (this.args === null) throw pyError('ValueError', 'Format string contains positional fields');
    if (i >= this.args.length) {
      throw pyError('IndexError', `Replacement index ${i} out of range for positional args tuple`);
    }
    return this.args[i];
  }
}

/**
 * fmt.format(*args, **kwargs): `args` a JS array, `kwargs` a Map or plain object.
 * hooks: format(value, spec), getattr(obj, name), getitem(obj, key), str, repr, ascii.
 */
export function strFormat(fmt, args, kwargs, hooks) {
  return new Renderer(args, kwargs, hooks).render(fmt, 2);
}
