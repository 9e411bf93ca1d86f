function evalA(i, j) { return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1); }
function times(u, n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += evalA(i, j) * u[j]; out[i] = s; }
  return out;
}
function timesTransp(u, n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += evalA(j, i) * u[j]; out[i] = s; }
  return out;
}
function timesAtA(u, n) { return timesTransp(times(u, n), n); }
function main(n) {
  let u = new Array(n).fill(1), v = u;
  for (let k = 0; k < 10; k++) { v = timesAtA(u, n); u = timesAtA(v, n); }
  let vbv = 0, vv = 0;
  for (let i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
  console.log(Math.sqrt(vbv / vv).toFixed(9));
}
main(250);
