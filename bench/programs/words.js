// String and dict workload, hand-written JavaScript twin of words.py (Map keyed by "x,y").
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];

function lcg(x) { return (x * 69069 + 1) % 4294967296; }

function makeText(n, seed) {
  const parts = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = lcg(x);
    parts.push(WORDS[Math.floor(x / 65536) % WORDS.length] + String(Math.floor(x / 256) % 50));
  }
  return [parts.join(' '), x];
}

function countWords(text) {
  const counts = new Map();
  for (const word of text.split(' ')) counts.set(word, (counts.get(word) || 0) + 1);
  return counts;
}

function report(counts, top) {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const lines = ranked.slice(0, top).map(([w, c]) => `${w.padStart(10)}:${String(c).padStart(5)}`);
  let initials = '';
  for (const [word] of ranked) initials += word[0].toUpperCase();
  return [lines.join('\n'), ranked, initials];
}

function walk(steps, seed) {
  const visits = new Map();
  let x = 0, y = 0, s = seed;
  for (let i = 0; i < steps; i++) {
    s = lcg(s);
    const d = Math.floor(s / 65536) & 3;
    if (d === 0) x++; else if (d === 1) x--; else if (d === 2) y++; else y--;
    const key = `${x},${y}`;
    visits.set(key, (visits.get(key) || 0) + 1);
  }
  return visits;
}

function crowded(visits) {
  let best = -1, bx = 0, by = 0;
  for (const [key, v] of visits) {
    const [x, y] = key.split(',').map(Number);
    let around = v;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) around += visits.get(`${x + dx},${y + dy}`) || 0;
    if (around > best || (around === best && (x < bx || (x === bx && y < by)))) { best = around; bx = x; by = y; }
  }
  return [bx, by, best];
}

const count = (s, sub) => s.split(sub).length - 1;
const [text, seed] = makeText(400000, 42);
const counts = countWords(text);
const [lines, ranked, initials] = report(counts, 20);
console.log(text.length, counts.size, '[' + ranked.slice(0, 3).map(([w, c]) => `('${w}', ${c})`).join(', ') + ']');
console.log(lines.split('\n')[0], lines.length, count(lines, 'a'));
console.log(initials.length, initials.slice(0, 30), count(initials, 'E'));
const visits = walk(800000, seed);
const [bx, by, best] = crowded(visits);
console.log(visits.size, `((${bx}, ${by}), ${best})`);
