#!/usr/bin/env node
// `node run-routed.mjs [--package NAME]... [--mount DIR]... ENTRY.py [ARGS...]`: runs a Python
// program wholly in Pyodide with CPython's argv, stdin, stdout, stderr and exit status; this is
// what `taipan run` uses when the entry module is routed.
import { startPyodide, writeAllSync } from './pyodide-host.mjs';
import { runProgram } from './run-program.mjs';

const USAGE = 'usage: run-routed.mjs [--package NAME]... [--mount DIR]... ENTRY.py [ARGS...]';

function parseArgs(args) {
  const packages = [];
  const mounts = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--package' || a === '--mount') {
      if (i + 1 >= args.length) throw new Error(`${a} needs a value\n${USAGE}`);
      (a === '--package' ? packages : mounts).push(args[++i]);
    } else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('--')) {
      throw new Error(`unknown option ${a}\n${USAGE}`);
    } else {
      break;
    }
  }
  if (i >= args.length) throw new Error(USAGE);
  return { packages, mounts, entry: args[i], argv: args.slice(i + 1) };
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  writeAllSync(2, Buffer.from(`run-routed: ${e.message}\n`));
  process.exit(2);
}
const pyodide = await startPyodide();
const path = await import('node:path');
const dirs = [process.cwd(), path.dirname(path.resolve(options.entry)), ...options.mounts];
const status = await runProgram(pyodide, { entry: options.entry, argv: options.argv, dirs, packages: options.packages });
// Pyodide keeps no handles open, but exit explicitly so the status is exactly Python's.
process.exit(status);
