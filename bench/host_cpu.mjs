// Runs a JavaScript program (Taipan's build or the hand-written one) as `node FILE` would, and
// reports the CPU seconds it used after Node was up (process-wide user + sys, from
// process.cpuUsage) as a last stderr line `@program-cpu <seconds>`, so bench/run.py can leave
// the host's start-up out. The report is written on 'exit', which also runs after process.exit().
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const start = process.cpuUsage();
process.on('exit', () => {
  const used = process.cpuUsage(start);
  writeSync(2, `\n@program-cpu ${((used.user + used.system) / 1e6).toFixed(6)}\n`);
});
const file = process.argv[2];
process.argv.splice(1, 1);
await import(pathToFileURL(resolve(file)).href);
