import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analysis/numbers';
import { topicForFigure, topicForText } from '../../src/analysis/topics';
import type { Topic } from '../../src/analysis/types';

// Sentences written for these tests in the style of wire reports.

/** Topic of the figure whose text is `phrase`, located by findQuantities. */
function topicOf(sentence: string, phrase: string): Topic {
  const q = findQuantities(sentence).find((m) => m.text === phrase);
  expect(q, `${phrase} in: ${sentence}`).toBeDefined();
  return topicForFigure(sentence, q!.start, q!.end);
}

describe('topicForFigure', () => {
  const cases: Array<[string, string, Topic]> = [
    // casualties
    ['At least 42 people were killed in the strike, officials said.', 'At least 42', 'casualties'],
    ['The attack left at least 42 killed and 80 wounded.', 'at least 42', 'casualties'],
    ['The attack left at least 42 killed and 80 wounded.', '80', 'casualties'],
    ['Ukraine said it had taken possibly hundreds of casualties.', 'possibly hundreds', 'casualties'],
    ['The death toll rose to 1,300 on Tuesday.', '1,300', 'casualties'],
    ['Rescuers recovered 27 bodies from the river.', '27', 'casualties'],
    ['Health officials reported 315 deaths in the region.', '315', 'casualties'],
    ['Twelve civilians were injured when the shell hit a market.', 'Twelve', 'casualties'],
    ['The strikes killed at least 19 Palestinians, medics said.', 'at least 19', 'casualties'],
    ['Some 200 soldiers died in the assault, the general said.', 'Some 200', 'casualties'],
    ['The floods have claimed 88 lives so far.', '88', 'casualties'],
    ['Two children were among the dead.', 'Two', 'casualties'],
    ['The ministry counted 5,000 victims of the massacre.', '5,000', 'casualties'],
    // troops
    ['Some 10,000 DPRK troops were sent to Kursk.', 'Some 10,000', 'troops'],
    ['Russia has massed 100,000 soldiers near the border.', '100,000', 'troops'],
    ['The army mobilised 300,000 reservists in September.', '300,000', 'troops'],
    ['Britain will send 900 personnel to Estonia.', '900', 'troops'],
    ['About 3,000 fighters remain in the city, a commander said.', 'About 3,000', 'troops'],
    ['Two brigades were moved to the front.', 'Two', 'troops'],
    ['A 5,000-strong force crossed the river at dawn.', '5,000-strong', 'troops'],
    ['A 300-man unit was sent to the border.', '300-man', 'troops'],
    ['Ukraine said a 40-drone swarm hit the port.', '40-drone', 'weapons'],
    ['Hundreds of marines arrived on Sunday.', 'Hundreds', 'troops'],
    // weapons
    ['Russia launched up to 500 drones overnight.', 'up to 500', 'weapons'],
    ['The navy said it intercepted 40 missiles.', '40', 'weapons'],
    ['Germany pledged 18 Leopard tanks.', '18', 'weapons'],
    ['Militants fired dozens of rockets at the town.', 'dozens', 'weapons'],
    ['The plant produces 250,000 artillery shells a year.', '250,000', 'weapons'],
    ['Denmark will deliver 19 F-16s.', '19', 'weapons'],
    ['The air force lost three jets in a week.', 'three', 'weapons'],
    // displacement
    ['The ministry said 1,200 civilians had fled the region.', '1,200', 'displacement'],
    ['Some 3,000 people fled across the border.', 'Some 3,000', 'displacement'],
    ['The UN says 6 million refugees have left the country.', '6 million', 'displacement'],
    ['More than 10,000 residents were evacuated.', 'More than 10,000', 'displacement'],
    ['Thousands of displaced families sheltered in schools.', 'Thousands', 'displacement'],
    ['The fighting has displaced 1.5 million people.', '1.5 million', 'displacement'],
    ['Officials said 400 asylum seekers arrived last week.', '400', 'displacement'],
    // money
    ['The EU approved $2.3bn in aid.', '$2.3bn', 'money'],
    ['Congress passed 1.2 billion in aid for the region.', '1.2 billion', 'money'],
    ['The fund will pay £3.4 million to victims.', '£3.4 million', 'money'],
    ['He was fined 5 million roubles.', '5 million roubles', 'money'],
    ['The programme costs hundreds of millions of dollars.', 'hundreds of millions of dollars', 'money'],
    // other
    ['The party won 12% of the vote.', '12%', 'other'],
    ['Engineers repaired 300 homes in the district.', '300', 'other'],
    ['Three students won the prize.', 'Three', 'other'],
    ['The death toll from the quake rose to 2,946 on Sunday.', '2,946', 'casualties'],
    ['UNHCR said the number of refugees registered in Europe had reached 5.9 million.', '5.9 million', 'displacement'],
    ['Israel says it has killed over 100 Hamas commanders.', 'over 100', 'casualties'],
    ['The IDF said it struck 150 targets overnight, killing dozens.', '150', 'other'],
    ['In the region where many died, 14% of voters backed him.', '14%', 'other'],
    ['The share of undecided voters rose to 19 percent.', '19 percent', 'other'],
    ['Unemployment fell to 4.9 percent in May.', '4.9 percent', 'other'],
    ['Wages rose 3.1% last year, the agency said.', '3.1%', 'money'],
    ['The console weighs 8.4 pounds.', '8.4', 'other'],
    ['North Korea supplied millions of artillery rounds.', 'millions', 'weapons'],
    ['The convoy included 12 armoured vehicles and fuel tankers.', '12', 'weapons'],
    ['Berlin will send four more air-defence systems.', 'four', 'weapons'],
    ['About 2,000 US service members are based there.', 'About 2,000', 'troops'],
    ['The union rallied hundreds of service workers.', 'hundreds', 'other'],
    ['Cuts hit the agency’s roughly 15,000-member work force.', 'roughly 15,000-member', 'other'],
    ['A court sentenced 75 people to death on Monday.', '75', 'other'],
    ['Exports fell 4.1% in March, the statistics office said.', '4.1%', 'money'],
    ['Rebels recruited 900 children last year, the report found.', '900', 'troops'],
    ['Air defences shot down 17 of the 20 drones.', '17', 'weapons'],
    ['The army said two of its soldiers had been killed.', 'two', 'casualties'],
    ['Witnesses said 300 fighters crossed the river at night.', '300', 'troops'],
    ['The regiment lost 60 soldiers in a week.', '60', 'casualties'],
    ['Thousands of residents lost their jobs when the plant closed.', 'Thousands', 'other'],
    ['The airline ordered 40 narrow-body jets.', '40', 'other'],
    ['Moscow said it had liquidated up to 60 servicemen.', 'up to 60', 'casualties'],
    ['Police said 14 gunmen were arrested.', '14', 'troops'],
    ['The ministry said 4,000 of the 5,000 troops had left.', '4,000', 'troops'],
    ['Israeli strikes kill 23 in Gaza, medics say', '23', 'casualties'],
    ['8 dead as storm lashes coast', '8', 'casualties'],
    ['Some 5,000 people remain in temporary shelters.', 'Some 5,000', 'displacement'],
    ['Two attackers died, and three others may have escaped.', 'three', 'other'],
    ['Gunmen opened fire, killing 12 people, including four tourists.', 'four', 'casualties'],
    ['The group beheaded 21 hostages on a beach.', '21', 'casualties'],
    ['The killing of two activists sparked protests.', 'two', 'casualties'],
    ['The unit lost three senior commanders in a week.', 'three', 'casualties'],
    ['Thousands of young men have left to join armed groups abroad.', 'Thousands', 'troops'],
    ['Thousands of people joined the protest on Sunday.', 'Thousands', 'other'],
    ['The stake is worth four times the cash on offer.', 'four', 'money'],
    ['The town was shelled five times overnight.', 'five', 'other'],
  ];
  for (const [sentence, phrase, topic] of cases) {
    it(`${phrase} in "${sentence}" -> ${topic}`, () => {
      expect(topicOf(sentence, phrase)).toBe(topic);
    });
  }
  it('returns other for spans that do not fit the text', () => {
    expect(topicForFigure('5 tanks', -1, 2)).toBe('other');
    expect(topicForFigure('5 tanks', 0, 99)).toBe('other');
  });
});

describe('topicForText', () => {
  const cases: Array<[string, Topic]> = [
    ['the attack killed dozens and wounded many more', 'casualties'],
    ['the North Koreans withdrew after taking heavy casualties', 'casualties'],
    ['some 10,000 DPRK troops have been confined to assisting the defense of Russian territory', 'troops'],
    ['Russian forces are regrouping near the river', 'troops'],
    ['short and mid-range missiles for use against Ukrainian cities', 'weapons'],
    ['the Iranians have chiefly supplied suicide drones', 'weapons'],
    ['thousands of families have fled their homes and are living as refugees', 'displacement'],
    ['the government will pay $2bn to rebuild the port', 'money'],
    ['the budget for next year includes new funding for schools', 'money'],
    ['there is a global axis conspiring against his country', 'other'],
    ['he expressed serious concern over the reckless behavior of the US', 'other'],
    ['', 'other'],
    ['the group said it would turn out in force on Sunday', 'other'],
    ['he appeared on Shark Tank and cheered for the Jets', 'other'],
    ['the family came out of the White House dead broke', 'other'],
    ['the army is recruiting and the force is growing', 'troops'],
    ['the city has been hit by rockets every night', 'weapons'],
    ['the aid package and the budget were both cut', 'money'],
    ['Missiles struck the port overnight', 'weapons'],
  ];
  for (const [text, topic] of cases) {
    it(`"${text}" -> ${topic}`, () => {
      expect(topicForText(text)).toBe(topic);
    });
  }
  it('prefers casualties when deaths and troops are both mentioned equally', () => {
    expect(topicForText('two soldiers were killed')).toBe('casualties');
  });
});
