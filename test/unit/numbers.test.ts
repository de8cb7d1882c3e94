import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuantities, type QuantityMatch } from '../../src/analysis/numbers';

// Sentences below are written for these tests in the style of wire reports; none is copied from an article.

/** The one figure whose text is `phrase` in `sentence`. */
function figure(sentence: string, phrase: string): QuantityMatch {
  const found = findQuantities(sentence).filter((q) => q.text === phrase);
  expect(found.map((q) => q.text), `${phrase} in: ${sentence}`).toEqual([phrase]);
  return found[0];
}

/** One test per case: the figure `phrase` of `sentence` has a quantity matching `expected` (plus `common`). */
function expectQuantities(cases: Array<[string, string, Record<string, unknown>]>, common: Record<string, unknown> = {}): void {
  for (const [sentence, phrase, expected] of cases) {
    it(`${phrase} in "${sentence}"`, () => {
      expect(figure(sentence, phrase).quantity).toMatchObject({ ...common, ...expected });
    });
  }
}

function texts(sentence: string): string[] {
  return findQuantities(sentence).map((q) => q.text);
}

describe('digits with separators, decimals, scales, currency and percent', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['Russia has deployed 10,000 troops to the border region.', '10,000', { value: 10000, unit: 'troops' }],
    ['The company said it had hired 1,500 people since March.', '1,500', { value: 1500, unit: 'people' }],
    ['Inflation slowed to 1.5 in the index published on Tuesday.', '1.5', { value: 1.5 }],
    ['The agency said 2.3m people now need food assistance.', '2.3m', { value: 2_300_000, unit: 'people' }],
    ['Washington approved $2bn in new military aid on Friday.', '$2bn', { value: 2e9, unit: 'USD' }],
    ['The council will spend £3.4 million on flood defences.', '£3.4 million', { value: 3_400_000, unit: 'GBP' }],
    ['Each family will receive €500 from the fund.', '€500', { value: 500, unit: 'EUR' }],
    ['Unemployment rose to 12% in the second quarter.', '12%', { value: 12, unit: '%' }],
    ['Turnout reached 64 percent, the commission said.', '64 percent', { value: 64, unit: '%' }],
    ['Prices rose 3.2 per cent over the year.', '3.2 per cent', { value: 3.2, unit: '%' }],
    ['The region is home to 1.2 billion people.', '1.2 billion', { value: 1.2e9, unit: 'people' }],
    ['The bank set aside US$450 million for losses.', 'US$450 million', { value: 450e6, unit: 'USD' }],
    ['Ukraine asked for 3 million euros in emergency help.', '3 million euros', { value: 3e6, unit: 'EUR' }],
    ['The deal is worth $1.2 trillion over a decade, officials said.', '$1.2 trillion', { value: 1.2e12, unit: 'USD' }],
    ['Lawmakers cut the budget by $500m.', '$500m', { value: 500e6, unit: 'USD' }],
    ['The Kremlin said 300 prisoners were exchanged.', '300', { value: 300, unit: 'prisoners' }],
    ['The support rate fell 4 percentage points.', '4 percentage points', { value: 4, unit: 'percentage points' }],
    ['A 5,000-strong force crossed the river at dawn.', '5,000-strong', { value: 5000, unit: 'force' }],
    ['A 300-man unit was sent to the border.', '300-man', { value: 300 }],
    ['A 40-ship convoy left the port.', '40-ship', { value: 40 }],
    ['Moscow sent 2000 troops, the ministry said.', '2000', { value: 2000, unit: 'troops' }],
    ['The fund has raised 40k so far.', '40k', { value: 40_000 }],
    ['Ukraine received 31 Abrams tanks from the United States.', '31', { value: 31, unit: 'tanks' }],
    ['The lender offered USD 5 million in credit.', 'USD 5 million', { value: 5e6, unit: 'USD' }],
    ['Canberra pledged A$3bn for submarines.', 'A$3bn', { value: 3e9, unit: 'AUD' }],
    ['Tokyo set aside ¥500 billion for the fund.', '¥500 billion', { value: 5e11, unit: 'JPY' }],
    ['The state approved Rs 300 crore for relief.', 'Rs 300 crore', { value: 3e9, unit: 'INR' }],
    ['Beijing pledged 5 million yuan to the region.', '5 million yuan', { value: 5e6, unit: 'CNY' }],
    ['Brussels froze EUR 300m in assets.', 'EUR 300m', { value: 3e8, unit: 'EUR' }],
    ['The senator was 16 points ahead of Cruz, and Cruz 12 points ahead of Kasich.', '12', { value: 12, unit: 'points' }],
    ['The console weighs 8.4 pounds.', '8.4', { value: 8.4, unit: 'pounds' }],
    ['The club paid 5 million pounds for the striker.', '5 million pounds', { value: 5e6, unit: 'GBP' }],
    ['Le séisme a fait près de 5\u00a0500 morts.', '5\u00a0500', { value: 5500 }],
    ['In March 300 people were evacuated.', '300', { value: 300, unit: 'people' }],
  ];
  expectQuantities(cases, { approximate: false });
});

describe('number words', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['Three soldiers were wounded in the shelling, the army said.', 'Three', { value: 3, unit: 'soldiers' }],
    ['The navy said two missiles were shot down over the sea.', 'two', { value: 2, unit: 'missiles' }],
    ['Police said twenty-five people had been arrested.', 'twenty-five', { value: 25, unit: 'people' }],
    ['A dozen tanks were seen moving north.', 'A dozen', { value: 12, unit: 'tanks' }],
    ['Rescuers pulled two hundred and fifty survivors from the rubble.', 'two hundred and fifty', { value: 250 }],
    ['The army called up three thousand reservists.', 'three thousand', { value: 3000, unit: 'reservists' }],
    ['A hundred villagers gathered outside the office.', 'A hundred', { value: 100 }],
    ['Half a million people have left the city, the mayor said.', 'Half a million', { value: 500_000 }],
    ['Two dozen journalists were detained.', 'Two dozen', { value: 24 }],
    ['The assets are worth six times the value of the cash.', 'six', { value: 6, unit: 'times' }],
    ['The assets are worth $28 billion, or six times the cash.', 'six', { value: 6, unit: 'times' }],
    ['The field can store integers up to 2^28.', 'up to 2^28', { max: 2 ** 28 }],
    ['Nearly twice as many people died this year.', 'Nearly twice', { value: 2, unit: 'times', approximate: true }],
    ['Missiles struck the town 12 times overnight.', '12', { value: 12, unit: 'times' }],
    ['Seven or eight thousand votes would be enough.', 'Seven or eight thousand', { min: 7000, max: 8000, approximate: true }],
    ['Officials said seven drones were downed overnight.', 'seven', { value: 7, unit: 'drones' }],
    ['Nineteen people died when the bus overturned.', 'Nineteen', { value: 19 }],
    ['The storm left one million homes without power.', 'one million', { value: 1e6, unit: 'homes' }],
  ];
  expectQuantities(cases);
});

describe('vague plurals are approximate floors', () => {
  const cases: Array<[string, string, number]> = [
    ['Dozens of people were arrested after the protest.', 'Dozens', 24],
    ['Hundreds gathered outside parliament on Sunday.', 'Hundreds', 200],
    ['Thousands fled the fighting, aid agencies said.', 'Thousands', 2000],
    ['Tens of thousands of people marched through the capital.', 'Tens of thousands', 20_000],
    ['Hundreds of thousands remain without water.', 'Hundreds of thousands', 200_000],
    ['Millions of Syrians live in camps.', 'Millions', 2_000_000],
    ['Scores of militants were killed, the army claimed.', 'Scores', 40],
    ['Several hundred soldiers took part in the drill.', 'Several hundred', 300],
    ['A few thousand residents stayed behind.', 'A few thousand', 2000],
    ['The strike destroyed a couple of dozen vehicles.', 'a couple of dozen', 24],
    ['The charity has spent tens of millions of dollars.', 'tens of millions of dollars', 20_000_000],
  ];
  for (const [sentence, phrase, min] of cases) {
    it(`${phrase} in "${sentence}"`, () => {
      expect(figure(sentence, phrase).quantity).toMatchObject({ min, approximate: true });
    });
  }
  it('keeps a content hedge in the span and in hedges ("possibly hundreds")', () => {
    const q = figure('Ukraine has said they are back, after taking possibly hundreds of casualties.', 'possibly hundreds');
    expect(q.quantity).toMatchObject({ min: 200, approximate: true, unit: 'casualties' });
    expect(q.hedges).toEqual(['possibly']);
  });
});

describe('ranges and bounds', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['Between 200 and 300 people were evacuated overnight.', 'Between 200 and 300', { min: 200, max: 300 }],
    ['Officials estimated 200-300 fighters remained in the town.', 'estimated 200-300', { min: 200, max: 300, approximate: true }],
    ['Witnesses counted 200-300 fighters in the town.', '200-300', { min: 200, max: 300, approximate: false }],
    ['The blast injured 200 to 300 workers.', '200 to 300', { min: 200, max: 300 }],
    ['Russia could fire up to 500 drones a night, he said.', 'up to 500', { max: 500 }],
    ['At least 42 people were killed in the strike.', 'At least 42', { min: 42 }],
    ['More than 1,000 civilians have been evacuated.', 'More than 1,000', { min: 1000 }],
    ['Over 60 aircraft took part in the raid.', 'Over 60', { min: 60 }],
    ['Fewer than 50 residents remain in the village.', 'Fewer than 50', { max: 50 }],
    ['Under 20 percent of voters backed the plan.', 'Under 20 percent', { max: 20, unit: '%' }],
    ['Less than $5m was spent on repairs.', 'Less than $5m', { max: 5e6, unit: 'USD' }],
    ['The ministry put the cost at $2-3bn.', '$2-3bn', { min: 2e9, max: 3e9, unit: 'USD' }],
    ['Support fell to 10-15% in the latest poll.', '10-15%', { min: 10, max: 15, unit: '%' }],
    ['Two or three rockets hit the base.', 'Two or three', { min: 2, max: 3, approximate: true }],
    ['The war has displaced 500 or more families.', '500 or more', { min: 500 }],
    ['Police said 30-odd protesters were detained.', '30-odd', { value: 30, approximate: true }],
    ['Some 1,000+ volunteers joined.', 'Some 1,000+', { min: 1000, approximate: true }],
    ['Estimates ranged from 70,000 to 85,000 refugees.', 'from 70,000 to 85,000', { min: 70_000, max: 85_000 }],
    ['No more than 12 ships passed the strait.', 'No more than 12', { max: 12 }],
    ['About six in 10 voters backed the deal, the poll found.', 'About six in 10', { value: 60, unit: '%', approximate: true }],
    ['One in five children in the region is malnourished.', 'One in five', { value: 20, unit: '%' }],
    ['As many as 300 people may have died.', 'As many as 300', { max: 300 }],
    ['Some reports put the toll as high as 400.', 'as high as 400', { max: 400 }],
    ['Turnout was as low as 20 percent in places.', 'as low as 20 percent', { min: 20, unit: '%' }],
    ['Trump led by just one percentage point.', 'just one percentage point', { value: 1, unit: 'percentage points' }],
    ['Slightly more than 3,000 voters took part.', 'Slightly more than 3,000', { min: 3000 }],
    ['Prices stayed well below $50 a barrel.', 'well below $50', { max: 50, unit: 'USD' }],
  ];
  expectQuantities(cases);
  it('reads a change ("rose from 200 to 300") as two figures, not a range', () => {
    expect(texts('The death toll rose from 200 to 300 overnight.')).toEqual(['200', '300']);
  });
});

describe('approximations are values marked approximate, and hedged', () => {
  const cases: Array<[string, string, number, string]> = [
    ['Reports are that some 10,000 DPRK troops were sent.', 'some 10,000', 10_000, 'some'],
    ['Nearly 300 people were rescued from the ferry.', 'Nearly 300', 300, 'nearly'],
    ['Almost 400 rockets were fired at the city.', 'Almost 400', 400, 'almost'],
    ['About 5,000 homes were damaged by the quake.', 'About 5,000', 5000, 'about'],
    ['Around 120 drones were launched overnight.', 'Around 120', 120, 'around'],
    ['Roughly 2,500 people attended the funeral.', 'Roughly 2,500', 2500, 'roughly'],
    ['Approximately 700 marines are aboard.', 'Approximately 700', 700, 'approximately'],
    ['An estimated 1.5 million people were displaced.', 'An estimated 1.5 million', 1.5e6, 'an estimated'],
    ['The crowd numbered 200 or so.', '200 or so', 200, 'or so'],
    ['The army lost close to 90 tanks.', 'close to 90', 90, 'close to'],
  ];
  for (const [sentence, phrase, value, hedge] of cases) {
    it(`${phrase} in "${sentence}"`, () => {
      const q = figure(sentence, phrase);
      expect(q.quantity).toMatchObject({ value, approximate: true });
      expect(q.hedges).toContain(hedge);
    });
  }
  it('does not mark bounds as approximate ("at least 42")', () => {
    expect(figure('At least 42 people died.', 'At least 42').quantity.approximate).toBe(false);
  });
});

describe('offsets', () => {
  it('adds the offset and keeps text equal to the slice', () => {
    const block = 'Intro. The strike killed at least 12 people.';
    const [q] = findQuantities(block.slice(7), 7);
    expect(block.slice(q.start, q.end)).toBe(q.text);
    expect(q.text).toBe('at least 12');
  });
  it('reports the counted noun', () => {
    const [q] = findQuantities('Some 10,000 North Korean troops were sent.');
    expect(q.counted?.text).toBe('troops');
    expect(findQuantities('The IAEA said 5 of the plant\'s 6 reactors were shut.')[0].counted?.text).toBe('reactors');
  });
});

describe('not figures', () => {
  const cases: Array<[string, string[]]> = [
    ['The law took effect in 2025 after a long debate.', []],
    ['Kim added that he expects that 2025 will see the conflict remain one of the two main axes.', []],
    ['— Foreign Policy (@ForeignPolicy) February 5, 2025', []],
    ['He spoke on the occasion of the 77th anniversary of the army.', []],
    ['The meeting starts at 10:30 a.m. and the vote at 5 p.m.', []],
    ['Prices have not been this high since the 1990s.', []],
    ['The court ruled on Section 230 of the act.', []],
    ['The figure appears on page 3 of the report.', []],
    ['He is the No. 2 official in the ministry.', []],
    ['The update ships with iOS 17 this autumn.', []],
    ['Install version 2.3.1 before Friday.', []],
    ['Call the hotline on (555) 123-4567 for help.', []],
    ['A 34-year-old man was arrested at the scene.', []],
    ['The suspect, aged 34, was released on bail.', []],
    ['One day the border will reopen, she said.', []],
    ['One of them was later released.', []],
    ['He finished first and she came second.', []],
    ['Leaders of the G7 met in Italy.', []],
    ['The COVID-19 pandemic hit tourism hard.', []],
    ['Pilots began training on the F-16 in Denmark.', []],
    ['They drove along Route 66 for a week.', []],
    ['At one point the talks nearly collapsed.', []],
    ['The two leaders shook hands.', []],
    ['John Smith, 52, told reporters he was leaving.', []],
    ['The ceasefire took effect on 5 February.', []],
    ['The ruling was handed down on March 3.', []],
    ['Visit example.com/2024/10/story-123 for details.', []],
    ['Follow @user2024 for updates.', []],
    ['The war has lasted three years.', []],
    ['The team won 3-1 on Sunday.', []],
    ['Between 2014 and 2016 the region saw unrest.', []],
    ['The 2015-16 season was cancelled.', []],
    ['She served two terms and wrote one another a letter.', ['two']],
    ['1. Troops will withdraw.', []],
    ['The 4G network and 3D maps were updated.', []],
    ['Two officials said the talks had stalled.', []],
    ['Three people familiar with the matter told Reuters.', []],
    ['The vote passed 52-48 in the Senate.', []],
    ['She turned 40 years old in May.', []],
    ['The plan was backed by the Big Three powers.', []],
    ['The Five Eyes alliance shares intelligence.', []],
    ['Deals are done in one of two ways.', []],
    ['It is now a two-man race, he said.', []],
    ['Links to GA\u03031⁄4len-affiliated groups were found.', []],
    ['This is a crucial two- or three-week period.', []],
    ['The exhibit opened at 900 Grand Concourse in the Bronx.', []],
    ['Protesters gathered outside 10 Downing Street.', []],
    ['He visited twice last year.', []],
    ['The convoy was struck twice as it approached the checkpoint.', []],
    ['Most of the patients were children under five.', []],
    ['For details call 555-0142 today.', []],
    ['He was sentenced on 2024-02-05 in Kyiv.', []],
    ['The Boeing 737 and the Airbus A320 were grounded.', []],
    ['Article 5 of the treaty and the 1949 Geneva Conventions were cited.', []],
    ['The 82nd Airborne Division was put on alert.', []],
    ['3 Marco Rubio', []],
    ['9', []],
    ['He gave two reasons: 1) the cost and 2) the delay.', ['two']],
    ['The agency plans to zero in on smuggling routes.', []],
    ['The offensive capped three remarkable weeks for the army.', []],
    ['Voters aged 18 to 29 backed the measure.', []],
    ['Voters between the ages of 18 and 29 backed him.', []],
    ['Among voters under 30, turnout fell.', []],
    ['Turnout among those 65 or older rose.', []],
    ['Among those 26 to 34, the incumbent has a small edge.', []],
    ['His children are Don, 38; Ivanka, 34; and Eric, 32.', []],
    ['The show airs on Patriot 125 weekdays.', []],
    ['The mayor, who is 58, did not comment.', []],
    ['Garland is 63, which makes him an older pick.', []],
    ['The activist, who dies at 92, led the campaign for decades.', []],
    ['Pierre Martin, 74', []],
    ['10. Mike Jones (10.)', []],
    ['The PlayStation 4 Pro and the Xbox 360 sold well.', []],
    ['She knows a thing or two about talks.', []],
    ['The run-up was a one-two punch for markets.', []],
    ['The bug lets integers reach 2^3^4 in size.', []],
    ['2016年10月14日', []],
    ['The group urged all 2016 campaigns to act.', []],
    ['She made a 911 call from the scene.', []],
  ];
  for (const [sentence, expected] of cases) {
    it(`"${sentence}" -> ${JSON.stringify(expected)}`, () => {
      expect(texts(sentence)).toEqual(expected);
    });
  }
  it('keeps the figure and drops the date in one sentence', () => {
    expect(texts('On February 5, 2025, officials said 3,000 troops had arrived.')).toEqual(['3,000']);
  });
  it('reads a model number inside a figure as part of its noun ("50 Leopard 1 tanks")', () => {
    expect(texts('Kyiv has received about 50 Leopard 1 tanks.')).toEqual(['about 50']);
  });
  it('counts a number word inside a title-case headline', () => {
    expect(texts('Army Says Three Soldiers Killed In Attack')).toEqual(['Three']);
  });
  it('a lone "one" counts only a casualty', () => {
    expect(texts('One person was killed and four were injured.')).toEqual(['One', 'four']);
    expect(texts('One man said he had seen the convoy.')).toEqual([]);
    expect(texts('One soldier died and one other was hurt.')).toEqual(['One', 'one']);
    expect(texts('The remark hurt one candidate more than the rest.')).toEqual([]);
    expect(texts('He said he only lost one debate.')).toEqual([]);
    expect(texts('The article told of one man’s lonely death.')).toEqual([]);
  });
});

/** A quantity says something: a value or a bound, all finite, a range that goes up. */
function expectSaneQuantity(q: QuantityMatch): void {
  const { value, min, max } = q.quantity;
  expect(value !== undefined || min !== undefined || max !== undefined).toBe(true);
  for (const n of [value, min, max]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
  if (min !== undefined && max !== undefined) expect(min).toBeLessThan(max);
}

describe('robustness', () => {
  it('never throws; spans lie within the text and text equals the slice', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 0, max: 1000 }), (s, offset) => {
      for (const q of findQuantities(s, offset)) {
        expect(q.start).toBeGreaterThanOrEqual(offset);
        expect(q.end).toBeLessThanOrEqual(s.length + offset);
        expect(q.start).toBeLessThan(q.end);
        expect(s.slice(q.start - offset, q.end - offset)).toBe(q.text);
        expect(q.quantity.text).toBe(q.text);
        expectSaneQuantity(q);
      }
    }), { numRuns: 500 });
  });
  it('survives number-dense random text', () => {
    const pieces = ['1', ',', '.', '0', ' ', '-', '$', 'million', 'hundreds', 'of', 'at least', 'to', '%', 'a', 'one', '(', ')', ':', 'm', 'bn'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      for (const q of findQuantities(s)) {
        expect(s.slice(q.start, q.end)).toBe(q.text);
        expectSaneQuantity(q);
      }
    }), { numRuns: 500 });
  });
  it('leaves out numbers too long to be counts', () => {
    expect(texts(`$${'9'.repeat(400)} and ${'999,'.repeat(120)}999 troops`)).toEqual([]);
  });
  it('accepts non-strings and odd offsets without throwing', () => {
    expect(findQuantities(undefined as unknown as string)).toEqual([]);
    expect(findQuantities('5 tanks', Number.NaN)[0].start).toBe(0);
  });
  it('stays linear on a huge paragraph and on 100,000 numbers', () => {
    const digits = '9'.repeat(1_000_000);
    const many = Array.from({ length: 100_000 }, (_, i) => `${i % 997} troops`).join(', ');
    const words = 'hundreds of '.repeat(50_000);
    const t0 = performance.now();
    findQuantities(digits);
    const found = findQuantities(many);
    findQuantities(words);
    findQuantities('1,'.repeat(200_000) + ' a '.repeat(100_000) + '-1'.repeat(100_000));
    expect(found.length).toBeGreaterThan(90_000);
    // Generous: a quadratic pass over these inputs would take minutes.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
