// Prints, for each program given, what running it wholly in Pyodide costs in Node: bytes
// shipped (Pyodide's core files + the program's sources, raw and gzip), start-up time, run
// time and peak RSS. Usage, from fallback-pyodide/: node scripts/measure.mjs bench/*.py
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PYODIDE_FILES } from '../js/pyodide-files.mjs';

const { startPyodide } = await import('../js/pyodide-host.mjs');
const { runProgram } = await import('../js/run-program.mjs');
const entry = process.argv[2];
const core = Object.entries(PYODIDE_FILES);
const source = readFileSync(entry);
const raw = core.reduce((s, [, f]) => s + f.size, 0) + source.length;
const gz = core.reduce((s, [, f]) => s + f.gzipSize, 0) + gzipSync(source).length;
let peak = 0;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
const t0 = performance.now();
const pyodide = await startPyodide({ stdout: () => {}, stderr: () => {} });
const t1 = performance.now();
const status = await runProgram(pyodide, { entry, dirs: [process.cwd()] });
const t2 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ entry, status, shippedBytes: raw, shippedGzipBytes: gz,
  startupMs: Math.round(t1 - t0), runMs: Math.round(t2 - t1), peakRssMB: +(peak / 2 ** 20).toFixed(1) }));
