function fannkuch(n) {
  const perm1 = Array.from({ length: n }, (_, i) => i);
  const count = new Array(n).fill(0);
  let maxFlips = 0, checksum = 0, r = n, permCount = 0;
  for (;;) {
    while (r !== 1) { count[r - 1] = r; r--; }
    const perm = perm1.slice();
    let flips = 0, k = perm[0];
    while (k !== 0) {
      const head = perm.slice(0, k + 1).reverse();
      for (let i = 0; i <= k; i++) perm[i] = head[i];
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    for (;;) {
      if (r === n) return [checksum, maxFlips];
      const p0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = p0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}
const [checksum, flips] = fannkuch(9);
console.log(checksum);
console.log('Pfannkuchen(9) = ' + flips);
