// The topic vocabulary: which words signal which topic (design.md "Topic"). Lower case, inflected forms listed.
import type { Topic } from './types';

// A leading '~' marks a weak word: clear after a number ("a 5,000-strong force", "12 tanks") but ambiguous in
// running text ("in force", "Shark Tank", "dead broke"). A statement needs one strong word or two weak ones.
const LISTS: Array<[Exclude<Topic, 'other'>, string]> = [
  ['casualties', `killed ~kill ~kills killing killings ~dead deaths ~death died ~die ~dies ~dying wounded wounding
    injured injuring injuries ~injury casualties casualty ~toll ~bodies ~victims fatalities fatality slain
    massacred slaughtered beheaded ~executed perished ~murdered ~hurt ~lives maimed martyrs martyred ~missing ~trapped ~liquidated ~eliminated
    ~neutralised ~neutralized`],
  ['troops', `troops ~troop soldiers ~soldier personnel ~fighters forces ~force reservists reservist servicemen
    servicemembers ~marines militants conscripts battalions battalion brigades brigade ~divisions regiments
    ~recruits mercenaries paratroopers commandos ~sailors airmen guardsmen militiamen insurgents ~rebels
    combatants infantry infantrymen sappers snipers jihadists gunmen guerrillas ~contingent ~militia
    peacekeepers ~army ~armies ~deployed ~deploy ~deploying mobilised mobilized conscripted ~unit ~units
    ~detachment ~detachments ~commanders ~commander`],
  ['weapons', `missiles missile drones drone ~tanks ~tank ~shells ~shell rockets rocket ~aircraft ~jets ~jet artillery
    munitions warheads warhead bombs ~bomb ~rounds howitzers howitzer launchers ~helicopters warplanes warships
    ~submarines bullets grenades ~mines landmines ~guns rifles weapons weapon ~arms ammunition projectiles
    interceptors bombers cannons mortars torpedoes uavs icbms ordnance explosives nukes shahed shaheds
    himars atacms airstrikes ~vehicles`],
  ['displacement', `refugees refugee displaced displacement evacuated evacuees evacuation evacuate evacuating
    fled flee fleeing flees asylum seekers ~homeless ~migrants uprooted ~deported ~deportation ~deportees exodus
    ~relocated ~resettled ~crossed ~shelters ~sheltering`],
  ['money', `dollars dollar euros euro sterling yuan yen rubles roubles hryvnias rupees shekels ~aid
    ~budget ~budgets ~funding ~funds ~loans ~loan ~spending ~debt ~revenue ~revenues ~grants ~investment
    ~investments ~financing ~cash ~cost ~costs ~worth ~donations bailout ~subsidies`],
];

const ENTRIES = LISTS.flatMap(([topic, words]) => words.split(/\s+/).filter(Boolean).map((w) => [w, topic] as const));

/** Word (lower case) -> the topic it signals. */
export const TOPIC_OF_WORD: ReadonlyMap<string, Exclude<Topic, 'other'>> = new Map(
  ENTRIES.map(([w, topic]) => [w.replace('~', ''), topic] as const),
);

/** Words that count for half in a statement's topic (see LISTS). */
export const WEAK_TOPIC_WORDS: ReadonlySet<string> = new Set(
  ENTRIES.filter(([w]) => w.startsWith('~')).map(([w]) => w.slice(1)),
);

/**
 * Nouns for people whose topic comes from what happened to them: "42 people were killed" (casualties),
 * "3,000 residents fled" (displacement). A lone "one" is a figure only with these and a casualty word.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(`people persons person civilians civilian residents
  children child men man women woman kids adults villagers inhabitants passengers workers journalists
  patients protesters protestors demonstrators prisoners hostages citizens nationals individuals families
  households minors babies infants students pilgrims worshippers members staff employees doctors medics
  police officers policemen crew guards boys girls teenagers youths others commanders leaders operatives
  officials detainees fishermen farmers miners rescuers volunteers paramedics firefighters nurses teachers
  pupils schoolchildren captives foreigners tourists visitors politicians lawmakers activists bystanders
  pedestrians priests worshipers journalists reporters aid-workers guests shoppers diners`.split(/\s+/));

/** Singular people and casualty words that a lone "one" may count: "one person was killed", "one dead". */
export const LONE_COUNT_WORDS: ReadonlySet<string> = new Set(`person man woman child boy girl civilian soldier officer
  policeman journalist worker resident fighter militant member baby teenager student passenger hostage prisoner
  volunteer medic doctor nurse farmer bystander pedestrian driver guard other dead death fatality casualty`.split(/\s+/));

/** Topics that win ties in a statement, in order (a text about deaths and troops is about casualties). */
export const TOPIC_PRIORITY: ReadonlyArray<Exclude<Topic, 'other'>> =
  ['casualties', 'displacement', 'weapons', 'troops', 'money'];
