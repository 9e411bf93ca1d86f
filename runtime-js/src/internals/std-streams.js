// Where print() and input() find sys.stdout. A program may replace it (`sys.stdout = f`), but
// only after importing sys, and the sys module (modules/sys.js) is built only in a program that
// imports it: until then sys.stdout is the process's own stdout, which print writes directly,
// so a program that never imports sys loads none of it (docs/performance.md, "Load time").

/** Stands for the process's stdout while no sys module exists; never seen by Python code. */
const PROCESS_STDOUT = Object.freeze({});

let sysNamespace = null;
let stdoutObject = PROCESS_STDOUT;
let stderrObject = PROCESS_STDOUT;

/** Called once by modules/sys.js: its namespace and its objects for the process's streams. */
export function registerSysStreams(namespace, stdout, stderr) {
  sysNamespace = namespace;
  stdoutObject = stdout;
  stderrObject = stderr;
}

/** The current `sys.stdout` (undefined for None). */
export function currentStdout() {
  return sysNamespace === null ? PROCESS_STDOUT : sysNamespace.stdout;
}

/** Whether `file` is the process's own stdout (sys.__stdout__). */
export function isProcessStdout(file) {
  return file === stdoutObject || file === PROCESS_STDOUT;
}

/** Whether `file` is the process's own stderr (sys.__stderr__). */
export function isProcessStderr(file) {
  return file === stderrObject && file !== PROCESS_STDOUT;
}
