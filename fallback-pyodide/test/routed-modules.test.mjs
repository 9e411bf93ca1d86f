// The loader a build ships: Pyodide starts only on the first loadRouted, once; routed sources
// are written into Pyodide's file system; module objects come back as PyProxy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';
import { configureRouted, loadRouted } from '../js/routed-modules.mjs';
import { pyodideRequested, startPyodide } from '../js/pyodide-host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = [];

test('importing the loader does not start Pyodide', () => {
  assert.equal(pyodideRequested(), false);
});

test('loadRouted imports a routed module and its routed imports once, as a PyProxy', async () => {
  configureRouted({
    manifestURL: pathToFileURL(path.join(here, 'fixtures/dist/taipan-manifest.json')),
    pyodide: { stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => out.push(Buffer.from(b)) },
  });
  const [stats, again] = await Promise.all([loadRouted('stats'), loadRouted('stats')]);
  assert.equal(stats, again);
  assert.equal(pyodideRequested(), true);
  const summary = stats.summary([1, 2, 3, 4]).toJs({ dict_converter: Object.fromEntries });
  // Pyodide's conversion rules: float 2.5 -> Number, int 8 -> Number.
  assert.deepEqual(summary, { mean: 2.5, double: 8 });
  await startPyodide().then((p) => p.runPython('import sys; sys.stdout.flush()'));
  assert.equal(Buffer.concat(out).toString(), 'stats loaded\n');
});

test('a routed module importing numpy makes the loader ask Pyodide for numpy', async (t) => {
  // numpy is not in the npm package: Pyodide fetches it from the pinned CDN release at run
  // time, so this checks the request, and the import only where the network is reachable.
  const pyodide = await startPyodide();
  const requested = [];
  const real = pyodide.loadPackage;
  pyodide.loadPackage = (names, opts) => {
    requested.push(...[names].flat());
    return real.call(pyodide, names, opts);
  };
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(path.join(here, 'fixtures/numpy/taipan-manifest.json'), 'utf8'));
  const { loadPackages } = await import('../js/pyodide-host.mjs');
  let loaded = true;
  try {
    await loadPackages(pyodide, manifest.pyodide.packages);
  } catch (e) {
    loaded = false;
    assert.match(String(e.message), /numpy/);
  } finally {
    pyodide.loadPackage = real;
  }
  assert.deepEqual(requested, ['numpy']);
  if (loaded) {
    assert.equal(pyodide.runPython('import numpy as np; int(np.arange(4).sum())'), 6);
  } else {
    t.diagnostic('numpy could not be downloaded (offline): only the request was checked');
  }
});
