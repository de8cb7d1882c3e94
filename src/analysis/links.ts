// Links inside a block: a claim whose words link to a news outlet is credited to that outlet (with its URL).
import type { Block, ClaimSource } from './types';
import { alternation, wordList } from './lexicon/load';

const KNOWN_HOSTS: Record<string, string> = {
  'reuters.com': 'Reuters', 'apnews.com': 'The Associated Press', 'ap.org': 'The Associated Press', 'afp.com': 'AFP',
  'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'nytimes.com': 'The New York Times', 'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal', 'ft.com': 'Financial Times', 'theguardian.com': 'The Guardian',
  'cnn.com': 'CNN', 'foxnews.com': 'Fox News', 'nbcnews.com': 'NBC News', 'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News', 'npr.org': 'NPR', 'bloomberg.com': 'Bloomberg', 'politico.com': 'Politico',
  'politico.eu': 'Politico', 'axios.com': 'Axios', 'aljazeera.com': 'Al Jazeera', 'kyivindependent.com': 'The Kyiv Independent',
  'kyivpost.com': 'Kyiv Post', 'pravda.com.ua': 'Ukrainska Pravda', 'haaretz.com': 'Haaretz', 'timesofisrael.com': 'The Times of Israel',
  'foreignpolicy.com': 'Foreign Policy', 'foreignaffairs.com': 'Foreign Affairs', 'theatlantic.com': 'The Atlantic',
  'economist.com': 'The Economist', 'newsweek.com': 'Newsweek', 'usatoday.com': 'USA Today', 'latimes.com': 'Los Angeles Times',
  'thehill.com': 'The Hill', 'yna.co.kr': 'Yonhap', 'en.yna.co.kr': 'Yonhap', 'kcna.kp': 'KCNA', 'kcnawatch.org': 'KCNA Watch',
  'tass.com': 'TASS', 'tass.ru': 'TASS', 'xinhuanet.com': 'Xinhua', 'news.cn': 'Xinhua', 'dw.com': 'DW', 'france24.com': 'France 24',
  'lemonde.fr': 'Le Monde', 'spiegel.de': 'Der Spiegel', 'nknews.org': 'NK News', 'zerohedge.com': 'ZeroHedge',
  'meduza.io': 'Meduza', 'interfax.ru': 'Interfax', 'rt.com': 'RT', 'cnbc.com': 'CNBC', 'forbes.com': 'Forbes',
};
const NOT_OUTLETS = new RegExp(String.raw`(?:^|\.)(?:${wordList('names', 'notOutletSites').map((w) => w.replace(/\./g, '\\.')).join('|')})\.[a-z.]+$`);
const REPORTING = new RegExp(String.raw`\b${alternation('attribution', 'linkReportingWords')}\b`, 'i');

function hostOf(href: string): string | null {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(href);
  return m ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

function outletName(host: string): string | null {
  if (KNOWN_HOSTS[host]) return KNOWN_HOSTS[host];
  const parts = host.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const h = parts.slice(i).join('.');
    if (KNOWN_HOSTS[h]) return KNOWN_HOSTS[h];
  }
  return null;
}

/** The outlet a claim's words link to, if any. `anchorNeedsCue`: unknown hosts count only with a reporting word. */
export function linkedSource(text: string, block: Block, start: number, end: number): ClaimSource | null {
  if (!block.links) return null;
  for (const l of block.links) {
    if (!(l.start < end && l.end > start) || l.end <= l.start || l.start < 0 || l.end > text.length) continue;
    const host = hostOf(l.href);
    if (!host || NOT_OUTLETS.test(host)) continue;
    let name = outletName(host);
    const anchor = text.slice(l.start, l.end);
    if (!name) {
      const around = text.slice(Math.max(start, l.start - 40), Math.min(end, l.end + 40));
      if (!REPORTING.test(around)) continue;
      const label = host.split('.').slice(-2, -1)[0] ?? host;
      name = label.charAt(0).toUpperCase() + label.slice(1);
    }
    return { name, kind: 'outlet', mention: { start: l.start, end: l.end, text: anchor }, url: l.href };
  }
  return null;
}
