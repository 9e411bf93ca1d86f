#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function, so the
// runtime helpers and generated functions that dominate a benchmark are visible at a glance.
// Usage: node bench/hotspots.mjs PROFILE.cpuprofile [TOP]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/hotspots.mjs PROFILE.cpuprofile [TOP]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTicks = new Map();
for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
const total = profile.samples.length;
const perFunction = new Map();
for (const [id, ticks] of selfTicks) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url ? `${url.replace(/^.*\/(taipan-runtime\/)?/, (m, rt) => (rt ? 'runtime/' : ''))}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  perFunction.set(key, (perFunction.get(key) ?? 0) + ticks);
}
const rows = [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`| self % | function (file:line) |\n|---:|---|`);
for (const [key, ticks] of rows) console.log(`| ${((100 * ticks) / total).toFixed(1)} | ${key.trim()} |`);
