// @vitest-environment jsdom
// The page watcher: the observer only collects, one batch a moment later; our own nodes do not count; once
// the article is known only its subtree is watched; after a change nothing is observed until the next read
// resumes it; a swapped-out article, a pushState and a dead extension are noticed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_MS, CHURN_STREAK, CHURN_WINDOW_MS, HUGE_BATCH, PageWatcher, POLL_READ_MS, QUIET_POLLS, type ChangeBatch } from '../../../content-scripts/page-watch';

let life: AbortController;
let batches: ChangeBatch[];
let navigations: number;
let dead: number;
let alive: boolean;

function watcher(): PageWatcher {
  const w = new PageWatcher({
    isOwn: (node) => node.nodeName.toLowerCase().startsWith('sourcemark-'),
    onBatch: (b) => batches.push(b),
    onNavigate: () => navigations++,
    alive: () => alive,
    onDead: () => dead++,
  }, life.signal);
  w.start();
  return w;
}

const settle = async (ms = BATCH_MS + 20) => { await Promise.resolve(); await vi.advanceTimersByTimeAsync(ms); };

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<header id="ticker">0</header><article><p id="p1">Officials said 40 people were moved.</p></article>';
  life = new AbortController();
  batches = [];
  navigations = 0;
  dead = 0;
  alive = true;
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

describe('PageWatcher', () => {
  it('hands over one batch for many mutations, after a short wait', async () => {
    watcher();
    const p = document.getElementById('p1')!;
    for (let i = 0; i < 50; i++) p.append(document.createTextNode(` ${i}`));
    await Promise.resolve();
    expect(batches).toHaveLength(0);
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0].targets.has(p)).toBe(true);
    expect(batches[0].huge).toBe(false);
  });

  it('stops observing after a change until the next read resumes it', async () => {
    const w = watcher();
    const p = document.getElementById('p1')!;
    p.append(' first');
    await settle();
    expect(batches).toHaveLength(1);
    p.append(' unseen'); // the read that follows takes this in: no record, no batch
    await settle();
    expect(batches).toHaveLength(1);
    w.resume();
    p.append(' second');
    await settle();
    expect(batches).toHaveLength(2);
    expect(batches[1].targets.has(p)).toBe(true);
  });

  it('ignores our own nodes (the card host)', async () => {
    watcher();
    const host = document.createElement('sourcemark-card');
    document.documentElement.append(host);
    host.remove();
    await settle();
    expect(batches).toHaveLength(0);
  });

  it('calls a batch huge past the threshold', async () => {
    watcher();
    const article = document.querySelector('article')!;
    for (let i = 0; i <= HUGE_BATCH + 5; i++) {
      const p = document.createElement('p');
      article.append(p);
      p.append('x');
    }
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0].huge).toBe(true);
  });

  it('watches only the article once known, and notices when it is swapped out', async () => {
    const w = watcher();
    const article = document.querySelector('article')!;
    w.watch(article);
    document.getElementById('ticker')!.textContent = '1';
    await settle();
    expect(batches).toHaveLength(0);
    article.querySelector('p')!.append(' more');
    await settle();
    expect(batches).toHaveLength(1);
    w.resume();
    article.replaceWith(article.cloneNode(true));
    await settle(600);
    expect(batches.at(-1)!.huge).toBe(true);
  });

  it('notices single-page navigation and a dead extension', async () => {
    watcher();
    history.pushState({}, '', '/another-story');
    await settle(600);
    expect(navigations).toBe(1);
    history.pushState({}, '', '/another-story#comments');
    await settle(600);
    expect(navigations).toBe(1);
    alive = false;
    await settle(600);
    expect(dead).toBeGreaterThan(0);
  });

  it('stops everything when its signal aborts', async () => {
    watcher();
    life.abort();
    document.getElementById('p1')!.append('more');
    history.pushState({}, '', '/elsewhere');
    await settle(1000);
    expect(batches).toHaveLength(0);
    expect(navigations).toBe(0);
  });

  describe('an article that keeps changing', () => {
    /** One read cycle as the controller runs it: watching resumes, the page changes `after` ms later, the batch. */
    async function quickChange(w: PageWatcher, p: Element, after = 300) {
      w.resume();
      await vi.advanceTimersByTimeAsync(after);
      p.append(' x');
      await settle();
    }

    it('is polled instead of observed after quick changes in a row, and observed again once it keeps still', async () => {
      const w = watcher();
      const article = document.querySelector('article')!;
      const p = article.querySelector('p')!;
      w.watch(article);
      p.append(' first');
      await settle();
      for (let i = 1; i < CHURN_STREAK; i++) await quickChange(w, p);
      expect(w.isPolling).toBe(true);
      const seen = batches.length;
      w.resume();
      p.append(' unobserved'); // no observer: no batch of its own
      await settle();
      expect(batches).toHaveLength(seen);
      await vi.advanceTimersByTimeAsync(POLL_READ_MS); // the poll: a read of the whole article
      expect(batches).toHaveLength(seen + 1);
      expect(batches.at(-1)!.huge).toBe(true);
      w.readFound(true);
      for (let i = 0; i < QUIET_POLLS; i++) w.readFound(false);
      expect(w.isPolling).toBe(false);
      w.resume();
      p.append(' observed');
      await settle();
      expect(batches.at(-1)!.targets.has(p)).toBe(true);
      expect(batches.at(-1)!.huge).toBe(false);
    });

    it('is observed as before when its changes come slowly', async () => {
      const w = watcher();
      const article = document.querySelector('article')!;
      w.watch(article);
      for (let i = 0; i < CHURN_STREAK + 2; i++) await quickChange(w, article.querySelector('p')!, CHURN_WINDOW_MS + 100);
      expect(w.isPolling).toBe(false);
    });

    it('is never polled while no article is known (the whole document is observed)', async () => {
      const w = watcher();
      const p = document.getElementById('p1')!;
      p.append(' first');
      await settle();
      for (let i = 1; i < CHURN_STREAK + 2; i++) await quickChange(w, p);
      expect(w.isPolling).toBe(false);
    });
  });
});
