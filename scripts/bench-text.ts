// Synthetic news text for benchmarks: sentences written for this project in wire and feature style,
// filled with varied names, places and figures by a seeded generator (no third-party text).

const PEOPLE = ['Maria Alvarez', 'John Okafor', 'Li Wei', 'Anna Kowalski', 'David Mensah', 'Sofia Rossi', 'Omar Haddad', 'Elena Petrova', 'James Whitfield', 'Priya Nair'];
const TITLES = ['Foreign Minister', 'Defense Secretary', 'Sen.', 'Gov.', 'Gen.', 'Mayor', 'President', 'Dr.'];
const BODIES = ['the Health Ministry', 'the United Nations', 'the Red Cross', 'the Interior Ministry', 'the state news agency', 'the regional council', 'the central bank', 'the army'];
const PLACES = ['Kharkiv', 'Aleppo', 'Mosul', 'Khartoum', 'Gaza', 'Donetsk', 'Tigray', 'Idlib', 'Goma', 'Marib'];
const NOUNS = ['troops', 'civilians', 'drones', 'missiles', 'refugees', 'people', 'soldiers', 'tanks', 'families', 'workers'];

const TEMPLATES: Array<(r: Rng) => string> = [
  (r) => `"We will not accept any deal that ignores the people of ${r.pick(PLACES)}," ${r.pick(PEOPLE)} said on ${r.day()}.`,
  (r) => `At least ${r.int(3, 90)} people were killed and ${r.int(10, 300)} wounded in the attack on ${r.pick(PLACES)}, officials said.`,
  (r) => `${r.pick(TITLES)} ${r.pick(PEOPLE)} told reporters that the talks had stalled over the question of prisoners.`,
  (r) => `According to ${r.pick(BODIES)}, some ${r.int(2, 40)},000 ${r.pick(NOUNS)} have left the area since the spring.`,
  (r) => `The convoy reached the outskirts of ${r.pick(PLACES)} shortly before dawn, witnesses said.`,
  () => `He added that the government "remains committed to a ceasefire that holds for everyone, not only for the cities."`,
  (r) => `A senior official, speaking on condition of anonymity, said roughly ${r.int(100, 900)} ${r.pick(NOUNS)} had been moved overnight.`,
  (r) => `Prices for bread and fuel rose by ${r.int(5, 40)}% in the past month, the central bank said in a statement.`,
  (r) => `The ministry has pledged $${r.int(1, 9)}.${r.int(1, 9)} billion in aid, though donors have yet to confirm their share.`,
  () => `Residents described long queues at the only working bakery in the district.`,
  (r) => `"It is too early to say whether the agreement will last," said ${r.pick(PEOPLE)}, an analyst at a research institute in ${r.pick(PLACES)}.`,
  (r) => `Some reports suggest that up to ${r.int(2, 9)},000 ${r.pick(NOUNS)} may have crossed the border, but the figure could not be verified.`,
  (r) => `The talks, held behind closed doors, lasted nearly ${r.int(3, 12)} hours.`,
  (r) => `${r.pick(PEOPLE)}, a doctor at the main hospital in ${r.pick(PLACES)}, said the wards were full and supplies were running low.`,
  () => `She said the delegation would return next week. "We have asked for guarantees, and we expect answers," she said.`,
  (r) => `It is believed that the commander was replaced after the losses in ${r.pick(PLACES)}.`,
  (r) => `The agency reported ${r.int(12, 80)} drone strikes in a single night, the highest figure since the summer.`,
  (r) => `Rain slowed the work of the rescue teams on ${r.day()}, and the road to the north stayed closed.`,
  (r) => `In a statement, ${r.pick(BODIES)} warned that the shelters could take no more than ${r.int(200, 800)} families.`,
  () => `The mayor was quoted as saying that the water supply would be restored "within days, not weeks."`,
];

class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0 || 1; }
  next(): number { this.s ^= this.s << 13; this.s ^= this.s >>> 17; this.s ^= this.s << 5; return (this.s >>> 0) / 4294967296; }
  int(a: number, b: number): number { return a + Math.floor(this.next() * (b - a + 1)); }
  pick<T>(xs: T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  day(): string { return this.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']); }
}

/** About `targetWords` words of news-like paragraphs (2-4 sentences each, one per line). */
export function benchArticle(targetWords: number, seed: number): string {
  const r = new Rng(seed);
  const paras: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const n = r.int(2, 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(r.pick(TEMPLATES)(r));
    const p = sentences.join(' ');
    words += p.split(/\s+/).length;
    paras.push(p);
  }
  return paras.join('\n');
}
