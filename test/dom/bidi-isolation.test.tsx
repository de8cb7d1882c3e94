// @vitest-environment jsdom
// Page strings (claim text, sources, cues, the sentence, the page's title and byline) are isolated for
// bidirectional text in the card and the popup: each sits in a <bdi> or an element with dir="auto", so an Arabic
// or Hebrew source neither reorders our words around it nor is reordered by them.
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/analysis/types';
import { ClaimCard } from '../../src/ui/ClaimCard';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { claimAt, cueAt } from './claim-factory';
import { readyState, spyActions } from './popup-fixtures';
import { click, mount, unmountAll } from './render';

afterEach(unmountAll);

const TEXT = 'قال المتحدث باسم الوزارة إن 42 شخصا قتلوا، بحسب שר הביטחון.';
const SOURCE = 'שר הביטחון';
const CUE = 'قال';

function rtlClaim(): Claim {
  return claimAt('إن 42 شخصا قتلوا', {
    form: 'figure', source: { name: SOURCE, kind: 'person', mention: null, via: { name: 'الوزارة', kind: 'government' } },
    cue: cueAt(CUE, 'speech-verb', TEXT), quantity: { value: 42, text: '42 شخصا', unit: null, approx: false } as unknown as Claim['quantity'],
  }, TEXT);
}

/** The text nodes under `root` that hold `wanted`, each with whether an isolating ancestor (inside `root`) wraps it. */
function isolation(root: Element, wanted: string): boolean[] {
  const out: boolean[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n as Text).data.includes(wanted)) continue;
    const wrap = n.parentElement!.closest('bdi, [dir="auto"]');
    out.push(wrap !== null && root.contains(wrap));
  }
  return out;
}

describe('right-to-left page strings', () => {
  it('are isolated in the card: the claim, its sentence, the source and who it cites, the cue, the quantity', () => {
    const claim = rtlClaim();
    const root = mount(<ClaimCard claim={claim} sentence={TEXT} />);
    const wanted = [claim.text, SOURCE, 'الوزارة', CUE, '42 شخصا', 'المتحدث باسم'];
    for (const s of wanted) {
      const found = isolation(root, s);
      expect(found.length, `"${s}" is shown`).toBeGreaterThan(0);
      expect(found.every(Boolean), `"${s}" is isolated`).toBe(true);
    }
    // Our own words are not inside an isolate that takes the page's direction.
    const label = [...root.querySelectorAll('dt')].find((d) => d.textContent === 'Source')!;
    expect(label.closest('bdi, [dir="auto"]')).toBeNull();
  });

  it('are isolated in the popup: the page title and byline, each claim and its source', () => {
    const claim = rtlClaim();
    const state = readyState({
      claims: [claim], text: TEXT,
      page: { url: 'https://news.example/ar', title: 'عنوان المقال', publisher: 'الجريدة', author: 'דנה כהן', published: null },
    });
    const root = mount(<PopupApp state={state} actions={spyActions()} />);
    for (const s of ['عنوان المقال', 'الجريدة', 'דנה כהן']) expect(isolation(root, s), s).toEqual([true]);
    click([...root.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => /^Claims/.test(t.textContent ?? ''))!);
    const row = root.querySelector('.sm-row')!;
    expect(isolation(row, claim.text).every(Boolean)).toBe(true);
    expect(isolation(row, SOURCE)).toEqual([true]);
  });
});
