// Writes a random `tsunagu match solve` instance to stdout (deterministic for the same args).
// usage: node bench/match_gen.mjs VOLUNTEERS NEEDS EDGES [SEED]
// Volunteer capacities 1-5, need capacities 1-10, scores 1-1000, no duplicate pairs.
import { createWriteStream } from 'node:fs';

const [nv, nn, ne, seed = 1] = process.argv.slice(2).map(Number);
if (!nv || !nn || !ne || ne > nv * nn) {
  console.error('usage: node bench/match_gen.mjs VOLUNTEERS NEEDS EDGES [SEED] (EDGES <= V*N)');
  process.exit(2);
}
let state = BigInt(seed) || 1n;
const rand = (n) => {  // xorshift64*
  state ^= state >> 12n; state ^= (state << 25n) & 0xffffffffffffffffn; state ^= state >> 27n;
  return Number(((state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 11n) % n;
};
const out = createWriteStream(null, { fd: 1 });
const parts = [];
const flush = () => { out.write(parts.join('')); parts.length = 0; };
parts.push('{"volunteers":[');
for (let i = 0; i < nv; i++) parts.push(`${i ? ',' : ''}{"id":"v${i}","capacity":${1 + rand(5)}}`);
parts.push('],"needs":[');
for (let j = 0; j < nn; j++) parts.push(`${j ? ',' : ''}{"id":"n${j}","capacity":${1 + rand(10)}}`);
parts.push('],"edges":[');
flush();
const seen = new Set();
for (let k = 0; k < ne; k++) {
  let v, n, key;
  do { v = rand(nv); n = rand(nn); key = v * nn + n; } while (seen.has(key));
  seen.add(key);
  parts.push(`${k ? ',' : ''}{"volunteer":"v${v}","need":"n${n}","score":${1 + rand(1000)}}`);
  if (parts.length >= 10000) flush();
}
parts.push(']}\n');
flush();
out.end();
