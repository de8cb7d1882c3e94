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

// Narrative sentences with no claim in them: most of a news article reads like this.
const PLAIN: Array<(r: Rng) => string> = [
  (r) => `The road from ${r.pick(PLACES)} to the coast winds through olive groves and small farming villages.`,
  (r) => `Shops in the old quarter of ${r.pick(PLACES)} reopened in the afternoon, and children returned to the playground by the river.`,
  () => 'The delegation arrived late in the evening and went straight into a closed meeting with local leaders.',
  () => 'Few of the residents had expected the talks to resume so quickly after the collapse of the last round.',
  (r) => `${r.pick(PEOPLE)} grew up in a small town in the north and studied law before entering politics.`,
  () => 'The market square was quiet, with only a handful of traders setting out fruit and bread on wooden tables.',
  () => 'Volunteers handed out blankets and hot tea at the entrance to the school, which has become a temporary shelter.',
  () => 'The region has a long history of disputes over water, grazing land and the routes used by traders.',
  (r) => `Heavy rain on ${r.day()} turned the dirt tracks around the camp into mud, slowing the arrival of supplies.`,
  () => 'Inside the hall, officials from both sides sat at a long table under a row of flags.',
  () => 'The river marks the border for much of its length, and the bridges have been closed to civilian traffic for months.',
  () => 'Negotiators spent most of the morning on the wording of a single paragraph about the release of detainees.',
  (r) => `The old railway station in ${r.pick(PLACES)} now serves as a depot for trucks carrying food and medicine.`,
  () => 'Local radio stations broadcast lists of open pharmacies and the hours when the water supply would run.',
  () => 'The plan would need the approval of parliament, where the governing coalition holds a narrow majority.',
  () => 'Farmers in the valley have begun the harvest early, fearing that the fighting could reach their fields.',
];

class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0 || 1; }
  next(): number { this.s ^= this.s << 13; this.s ^= this.s >>> 17; this.s ^= this.s << 5; return (this.s >>> 0) / 4294967296; }
  int(a: number, b: number): number { return a + Math.floor(this.next() * (b - a + 1)); }
  pick<T>(xs: T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  day(): string { return this.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']); }
}

/** About `targetWords` words of news-like paragraphs (2-4 sentences each, one per line), about 20-30
 *  claims per 1,000 words as in real articles (the PolNeAR articles average about 25). */
export function benchArticle(targetWords: number, seed: number): string {
  const r = new Rng(seed);
  const paras: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const n = r.int(2, 4);
    const sentences: string[] = [];
    // About one sentence in three carries a claim, as in a typical news article.
    for (let i = 0; i < n; i++) sentences.push(r.next() < 0.35 ? r.pick(TEMPLATES)(r) : r.pick(PLAIN)(r));
    const p = sentences.join(' ');
    words += p.split(/\s+/).length;
    paras.push(p);
  }
  return paras.join('\n');
}
