// The background's side of the random highlight names: the stylesheet for a page load's names goes in with
// scripting.insertCSS (into the sending frame only); a second injection into the same document takes
// the first stylesheet out; a refused insert (the tab is gone) is a quiet false.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ browser: {} }));
const { createPageStyles } = await import('../../src/background/page-styles');
const { randomHighlightNames } = await import('../../src/ui/highlight-names');

type Injection = { target: { tabId: number; frameIds?: number[] }; css?: string; origin?: string };

function fakeScripting(failInsert = false) {
  const calls: Array<['insert' | 'remove', Injection]> = [];
  return {
    calls,
    api: {
      insertCSS: async (i: Injection) => { if (failInsert) throw new Error('No tab with id'); calls.push(['insert', i]); },
      removeCSS: async (i: Injection) => { calls.push(['remove', i]); },
    },
  };
}

describe('page styles', () => {
  it('inserts the stylesheet of the names into the sending frame, as an author stylesheet (as the manifest CSS was)', async () => {
    const fake = fakeScripting();
    const styles = createPageStyles(() => fake.api as never);
    const names = randomHighlightNames();
    expect(await styles.insert(names, { tabId: 4, frameId: 0 })).toBe(true);
    expect(fake.calls).toHaveLength(1);
    const [kind, injection] = fake.calls[0];
    expect(kind).toBe('insert');
    expect(injection.target).toEqual({ tabId: 4, frameIds: [0] });
    expect(injection.origin).toBe('AUTHOR');
    expect(injection.css).toContain(`::highlight(${names.medium})`);
  });

  it('takes out the previous stylesheet of the same document, but not another tab\'s', async () => {
    const fake = fakeScripting();
    const styles = createPageStyles(() => fake.api as never);
    const first = randomHighlightNames();
    const second = randomHighlightNames();
    await styles.insert(first, { tabId: 4, frameId: 0 });
    await styles.insert(randomHighlightNames(), { tabId: 5, frameId: 0 });
    await styles.insert(second, { tabId: 4, frameId: 0 });
    const removed = fake.calls.filter(([k]) => k === 'remove').map(([, i]) => i);
    expect(removed).toHaveLength(1);
    expect(removed[0].target.tabId).toBe(4);
    expect(removed[0].css).toContain(`::highlight(${first.low})`);
    // After a navigation the old document's stylesheet is gone with it: nothing to remove.
    styles.forget(4);
    await styles.insert(randomHighlightNames(), { tabId: 4, frameId: 0 });
    expect(fake.calls.filter(([k]) => k === 'remove')).toHaveLength(1);
  });

  it('answers false, without throwing, when the browser refuses or has no scripting API', async () => {
    expect(await createPageStyles(() => fakeScripting(true).api as never).insert(randomHighlightNames(), { tabId: 1, frameId: 0 })).toBe(false);
    expect(await createPageStyles(() => undefined).insert(randomHighlightNames(), { tabId: 1, frameId: 0 })).toBe(false);
  });
});
