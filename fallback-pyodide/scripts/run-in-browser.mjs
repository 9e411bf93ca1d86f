// Runs a `taipan build` output directory in headless Chromium, the way a web page would load it,
// and prints what the program wrote as JSON: {"stdout": ..., "stderr": ..., "status": N}.
//
//   node run-in-browser.mjs DIST ENTRY.js [--stdin TEXT] [--timeout SECONDS] [-- ARG...]
//
// DIST is served on a loopback port (never modified); the page sets `globalThis.taipan` (argv,
// stdin, stdout, stderr, exit: docs/browser.md) and loads ENTRY.js as a module.
// Chromium: $TAIPAN_CHROMIUM, else /usr/bin/chromium. Exit status: 0 when the program ended
// (whatever its own status), 2 when the browser could not run it.
import http from 'node:http';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const TYPES = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.wasm': 'application/wasm', '.zip': 'application/zip', '.py': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function parseArgs(argv) {
  const opts = { stdin: '', timeout: 60, args: [] };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') { opts.args = argv.slice(i + 1); break; }
    if (argv[i] === '--stdin') opts.stdin = argv[++i];
    else if (argv[i] === '--timeout') opts.timeout = Number(argv[++i]);
    else rest.push(argv[i]);
  }
  if (rest.length !== 2) {
    process.stderr.write('usage: node run-in-browser.mjs DIST ENTRY.js [--stdin TEXT] [--timeout SECONDS] [-- ARG...]\n');
    process.exit(2);
  }
  [opts.dist, opts.entry] = rest;
  return opts;
}

function page(opts) {
  const config = JSON.stringify({ argv: [opts.entry.replace(/\.js$/, '.py'), ...opts.args], stdin: opts.stdin });
  return `<!doctype html><meta charset="utf-8"><script>
const out = { stdout: '', stderr: '' };
globalThis.taipan = Object.assign(${config}, {
  stdout: (s) => { out.stdout += s; },
  stderr: (s) => { out.stderr += s; },
  exit: (status) => { out.status = status; },
});
globalThis.taipanResult = new Promise((resolve) => { out.done = resolve; });
</script><script>
// Loaded as a page loads it (a module script tag), so an uncaught exception reaches the window's
// error event as it would in production. A program that ends without an exception never calls
// exit: its status is 0 once the module and what it scheduled have run.
const tag = document.createElement('script');
tag.type = 'module';
tag.src = ${JSON.stringify('./' + opts.entry)};
const finish = (fallback) => setTimeout(() => out.done({ stdout: out.stdout, stderr: out.stderr, status: out.status ?? fallback }), 50);
// A routed program's loader always reports its status through exit, after the module's load
// event (its top-level await is still running then).
tag.onload = () => { if (!${JSON.stringify(opts.routed)}) finish(0); };
globalThis.taipan.exit = (status) => { out.status = status; if (${JSON.stringify(opts.routed)}) finish(status); };
tag.onerror = () => { out.stderr += 'cannot load ' + tag.src + '\\n'; finish(2); };
document.head.appendChild(tag);
</script>`;
}

function serve(root, html) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/__taipan_page.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(html);
      return;
    }
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep)) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const opts = parseArgs(process.argv.slice(2));
const manifest = JSON.parse(await readFile(path.join(opts.dist, 'taipan-manifest.json'), 'utf8'));
opts.routed = manifest.modules.some((m) => m.route === 'pyodide');
const server = await serve(path.resolve(opts.dist), page(opts));
const browser = await chromium.launch({
  executablePath: process.env.TAIPAN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let code = 0;
try {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/__taipan_page.html`);
  const result = await tab.evaluate((ms) => Promise.race([
    globalThis.taipanResult,
    new Promise((resolve) => setTimeout(() => resolve(null), ms)),
  ]), opts.timeout * 1000);
  if (result === null) {
    process.stderr.write(`the program did not end within ${opts.timeout} s\n`);
    code = 2;
  } else {
    if (problems.length > 0) result.pageErrors = problems;
    process.stdout.write(JSON.stringify(result) + '\n');
  }
} catch (e) {
  process.stderr.write(`the browser could not run ${opts.entry}: ${e.message}\n`);
  code = 2;
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
