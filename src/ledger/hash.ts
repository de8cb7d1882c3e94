// 32-bit FNV-1a: small, stable across builds and browsers, good enough to spread index keys. Collisions only cost
// a wasted candidate: every candidate is checked against the stored facts before it counts as a match.
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A 52-bit hash (still an exact double): FNV-1a and 20 bits of a second FNV-1a. For figure keys, which a lookup
 * trusts without reading the record: a 32-bit key would let about one stored subject in 40,000 answer for another.
 */
export function hash52(text: string): number {
  return fnv1a(text) * 0x100000 + (fnv1a(`\u0001${text}`) & 0xfffff);
}
