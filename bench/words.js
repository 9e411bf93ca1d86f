function makeText(n) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  const parts = [];
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = Number((BigInt(x) * 1103515245n + 12345n) % 2147483648n);
    parts.push(words[x % 8] + String(x % 97));
  }
  return parts.join(' ');
}
function countWords(text) {
  const counts = new Map();
  for (const w of text.split(/\s+/)) if (w) counts.set(w, (counts.get(w) || 0) + 1);
  return counts;
}
function pairs(counts) {
  const grid = new Map();
  for (const [w, c] of counts) { const key = w.length + ',' + (c % 7); grid.set(key, (grid.get(key) || 0) + c); }
  return grid;
}
const text = makeText(300000);
const counts = countWords(text);
const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
console.log(counts.size, JSON.stringify(ranked.slice(0, 3)));
const grid = pairs(counts);
console.log(grid.size);
const report = ranked.slice(0, 1000).map(([w, c]) => `${w}=${c}`).join(',');
console.log(report.length, report.toUpperCase().split('ALPHA').length - 1);
