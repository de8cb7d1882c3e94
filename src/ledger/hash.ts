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
