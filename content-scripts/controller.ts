// The content script's one object: runs the analysis (full, or only the changed blocks of a live page),
// draws, answers clicks, commands and messages, follows settings, and tears everything down at the end.
// Every listener hangs off `life` (one AbortController); a run in progress hangs off `run`.
import type { Claim } from '../src/analysis/types';
import type { PageMeta } from '../src/page/types';
import { extensionAlive } from '../src/browser';
import { broadcast, handleMessages, sendToBackground, type TabResults } from '../src/messages';
import { loadCorrections, onCorrectionsChanged } from '../src/corrections-store';
import { sourceCandidates } from '../src/corrections/candidates';
import {
  applyCorrections, claimKey, correctionRecord, normalizePageUrl, stillClaims, type CorrectionRecord, type CorrectionsByPage, type Verdict,
} from '../src/corrections/model';
import { extractArticleSteps, hiddenByComputedStyle, isLikelyArticle } from '../src/page/index';
import { declaredLanguage, extractMeta } from '../src/page/meta';
import { textOffsetAt } from '../src/page/offsets';
import type { Extraction } from '../src/page/types';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../src/settings';
import { analyzeBlocks, type PageLanguage } from './analyze-blocks';
import { blockIndexAt, diffBlocks, shiftClaim } from './block-diff';
import { ChurnBackoff } from './churn-backoff';
import { CardHost } from './card/card-host';
import type { Box } from './card/position';
import { sentenceAround, sentenceSpan } from './card/sentence';
import { linkedUrl } from './card/claim-links';
import { LinkChecks } from './link-checks';
import { ClaimIndex } from './claim-index';
import { WrapperPainter } from './fallback-marks';
import { highlightApiAvailable, HighlightApiPainter, type Painter } from './highlights';
import { randomHighlightNames, type HighlightNames } from '../src/ui/highlight-names';
import { caretAt } from './hit-test';
import { analyzedState, emptyState, resultsOf, type PageState } from './page-state';
import { PageWatcher, type ChangeBatch } from './page-watch';
import { clientRectOf, rangeContainsPoint, staticRangeFor } from './ranges';
import { Reporter } from './reporter';
import { nextTurn, runInSlices } from './slices';
import { scrollRangeIntoView } from './scroll';
import { loadSettings, onSettingsChanged } from '../src/settings-store';

/** Blocks before a changed block read again as context (the speaker named in the paragraph before). */
const CONTEXT_BLOCKS = 2;
/** A page that is not (yet) an article is checked again at most this often while it changes. */
const RECHECK_MS = 2000;
const FLASH_MS = 900;

export class Controller {
  private readonly life = new AbortController();
  private run: AbortController | null = null;
  /** A drawing in progress (content-scripts/highlights.ts drawSteps), stopped by the next draw or a clear. */
  private drawing: AbortController | null = null;
  private queue: Promise<void> = Promise.resolve();
  private pending: ChangeBatch | null = null;
  private pass = 0;
  private state: PageState = emptyState('nothing-found', null);
  /** The reader asked to read this page although it was not taken for an article ("Read this page anyway"). */
  private readAnyway = false;
  private settings: Settings = DEFAULT_SETTINGS;
  /** The reader's corrections of every page (this page's are looked up by its address when used). */
  private corrections: CorrectionsByPage = {};
  private visible = true;
  private index = new ClaimIndex([]);
  private current: Claim | null = null;
  private lastCheck = 0;
  /** Settings are read at injection; the page is not read before they are known. */
  private settingsReady: Promise<void> = Promise.resolve();
  private settingsKnown = false;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  /** A page that keeps changing is read less often (its changes merge meanwhile). */
  private readonly backoff = new ChurnBackoff();
  private backoffWait: AbortController | null = null;
  /** Changes made while the tab was hidden, read when it is shown again. */
  private hiddenBatch: ChangeBatch | null = null;
  /** Updates queued or running. */
  private reading = 0;
  private readonly painter: Painter & { wrapsText?: boolean };
  private readonly highlightNames: HighlightNames;
  private readonly card: CardHost;
  private readonly watcher: PageWatcher;
  private readonly reporter: Reporter;
  private readonly linkChecks = new LinkChecks();

  constructor() {
    const signal = this.life.signal;
    // This page load's own highlight names, and their stylesheet inserted by the background (not a page node).
    this.highlightNames = randomHighlightNames(undefined, (name) => typeof CSS !== 'undefined' && CSS.highlights?.has(name) === true);
    this.painter = highlightApiAvailable() ? new HighlightApiPainter(this.highlightNames) : new WrapperPainter(this.highlightNames);
    this.card = new CardHost(signal, () => this.onCardClosed());
    this.reporter = new Reporter(extensionAlive, signal);
    this.watcher = new PageWatcher({
      isOwn: (node) => this.card.owns(node) || (node instanceof Element && node.localName.startsWith('sourcemark-')),
      onBatch: (batch) => this.onBatch(batch),
      // A new page (single-page navigation): "Read this page anyway" was asked of the page before.
      onNavigate: () => { this.readAnyway = false; this.restart(); },
      alive: extensionAlive,
      onDead: () => this.teardown(),
    }, signal);
    window.addEventListener('click', (e) => this.onClick(e), { capture: true, passive: true, signal });
    // Back from the back/forward cache: the background cleared this tab when it navigated away; tell it again.
    window.addEventListener('pageshow', (e) => { if (e.persisted) this.reporter.report(() => this.results(), true); }, { signal });
    const stopMessages = handleMessages({
      'content/ping': { from: ['extension-page'], handle: () => ({ results: this.results() }) },
      'content/read': { from: ['extension-page'], handle: ({ anyway }) => this.readAgain(anyway) },
      'highlights/names': { from: ['extension-page'], handle: () => ({ names: this.highlightNames }) },
      'claim/show': { from: ['extension-page'], handle: async ({ claimId }) => ({ shown: await this.show(claimId, true) }) },
      'claim/step': { from: ['extension-page'], handle: async ({ direction }) => ({ claimId: await this.step(direction) }) },
      'highlights/toggle': { from: ['extension-page'], handle: () => ({ visible: this.toggle() }) },
      'linkcheck/update': { from: ['extension-page'], handle: ({ claimId, url, state }) => { this.linkChecks.update(claimId, url, state); return { ok: true }; } },
    });
    signal.addEventListener('abort', stopMessages, { once: true });
  }

  begin(): void {
    this.settingsReady = loadSettings().then((settings) => {
      if (!this.settingsKnown) this.settings = settings; // a change that arrived meanwhile is newer
      this.settingsKnown = true;
    });
    const stopSettings = onSettingsChanged((s) => {
      this.settingsKnown = true;
      this.applySettings(s);
    });
    this.life.signal.addEventListener('abort', stopSettings, { once: true });
    void loadCorrections().then((all) => this.applyCorrections(all));
    const stopCorrections = onCorrectionsChanged((all) => this.applyCorrections(all));
    this.life.signal.addEventListener('abort', stopCorrections, { once: true });
    void sendToBackground('page/style', { names: this.highlightNames });
    this.watcher.start();
    this.restart();
  }

  private active(): boolean {
    return isActiveOn(this.settings, location.hostname);
  }

  results(): TabResults {
    return resultsOf(this.state);
  }

  // ── runs ──────────────────────────────────────────────────────────────────────────────────────────

  /** Starts over: a new page (first run, single-page navigation, re-enabled). */
  private restart(): void {
    this.backoffWait?.abort();
    this.hiddenBatch = null;
    this.run?.abort();
    this.run = null;
    this.pending = null;
    this.card.close(false);
    this.current = null;
    this.linkChecks.clear();
    this.enqueue(() => this.timed(() => this.fullRun()));
  }

  /** Runs a read and tells the back-off what it cost (the next read of a changing page waits in proportion). */
  private async timed(read: () => Promise<void>): Promise<void> {
    const start = performance.now();
    try {
      await read();
    } finally {
      this.backoff.ran(start, performance.now());
    }
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      // Said as it is: a failed reading is 'failed' (the popup offers to try again), never 'nothing found'.
      if ((error as Error)?.name !== 'AbortError') this.commit(emptyState('failed', this.state.page), true);
    });
  }

  /** Reads the page again on the reader's request; `anyway` reads a page not taken for an article. */
  private async readAgain(anyway: boolean): Promise<{ results: TabResults }> {
    this.readAnyway ||= anyway;
    this.restart();
    await this.queue;
    return { results: this.results() };
  }

  private newRun(): AbortSignal {
    this.run?.abort();
    this.run = new AbortController();
    return this.run.signal;
  }

  /** Reads the article in slices (a 63,000-word page read in one go is a 60-120 ms task); null when aborted. */
  private extract(signal: AbortSignal, root?: Element | null): Promise<Extraction | null> {
    // Our wrappers (fallback only) hide text from extraction: take them out first.
    if (this.painter.wrapsText) this.watcher.quietly(() => this.painter.clear());
    const options = root === undefined ? { isHidden: hiddenByComputedStyle } : { root, isHidden: hiddenByComputedStyle };
    return runInSlices(extractArticleSteps(document, options), signal);
  }

  private async fullRun(): Promise<void> {
    const signal = this.newRun();
    this.watcher.resume(); // changes from here on are read by the next run
    // A task of its own: at injection, evaluating the script has already used the current one.
    await nextTurn();
    if (signal.aborted) return;
    this.lastCheck = Date.now();
    // Paused or switched off for this site: the page is not read at all (one storage round trip first).
    await this.settingsReady;
    if (signal.aborted) return;
    if (!this.active()) return this.show0('paused');
    const page = extractMeta(document, location.href);
    if (!this.readAnyway && !isLikelyArticle(document)) return this.show0('no-article', page);
    let extraction = await this.extract(signal);
    if (!extraction || signal.aborted) return;
    // Read on request: where no article body is found, the page's main content (or its body) is read instead.
    if (this.readAnyway && (!extraction.root || extraction.blocks.length === 0)) {
      extraction = await this.extract(signal, document.querySelector('main') ?? document.body);
      if (!extraction || signal.aborted) return;
      // Read as asked and nothing there to read: said as "nothing found", not offered again as "not an article".
      if (!extraction.root || extraction.blocks.length === 0) return this.commit(emptyState('nothing-found', page), true);
    }
    if (!extraction.root || extraction.blocks.length === 0) return this.show0('no-article', page);
    const n = extraction.blocks.length;
    // The page's declared language goes with the text; the engine checks it against the text and says what it used.
    const language: PageLanguage = { declared: declaredLanguage(document) };
    const byBlock = await analyzeBlocks(extraction, { from: 0, to: n, contextFrom: 0 }, ++this.pass, signal, language);
    if (!byBlock || signal.aborted) return;
    if (!this.active()) return this.show0('paused');
    // A task of its own: the reply's last part was filed in this one, and the state, the claim index and the first
    // slice of drawing come next (a Firefox profile of 2,000 claims: 43 ms in one task when they shared it).
    await nextTurn();
    if (signal.aborted) return;
    this.commit(analyzedState(page, extraction, byBlock, language.engine), true);
  }

  /** A state with no claims (paused, not an article). Paused pages are not read: only their address is given,
   *  so the popup can name the site to turn back on. */
  private show0(status: 'paused' | 'no-article', page = status === 'paused' ? addressOnly() : extractMeta(document, location.href)): void {
    this.commit(emptyState(status, page), true);
  }

  /** Re-reads only the blocks that changed; claims of unchanged blocks are kept (offsets shifted). */
  private async update(batch: ChangeBatch): Promise<void> {
    const old = this.state;
    const root = old.extraction?.root;
    // A huge batch in a root still in place is diffed too: a page rewriting many paragraphs in place (a live
    // ticker) keeps most of its blocks, and the diff sends only the changed stretch to the engine.
    if (!root || !root.isConnected) return this.fullRun();
    this.watcher.resume(); // changes from here on are read by the next update
    let touched = batch.huge;
    for (const t of batch.targets) if (root.contains(t)) { touched = true; break; }
    if (!touched) return;
    const signal = this.newRun();
    const extraction = await this.extract(signal, root);
    if (!extraction || signal.aborted) return;
    const before = old.extraction!;
    const { prefix, suffix } = diffBlocks(before, extraction);
    const n = extraction.blocks.length;
    const oldN = before.blocks.length;
    const changed = !(prefix === n && prefix === oldN);
    this.watcher.readFound(changed); // a polled page goes back to being observed once it keeps still
    if (!changed) {
      if (this.painter.wrapsText) this.draw();
      return;
    }
    const to = n - suffix;
    const language: PageLanguage = { declared: declaredLanguage(document), engine: old.language };
    // Only removals: nothing new to read.
    const byBlock = to === prefix
      ? extraction.blocks.map((): Claim[] => [])
      : await analyzeBlocks(extraction, { from: prefix, to, contextFrom: Math.max(0, prefix - CONTEXT_BLOCKS) }, ++this.pass, signal, language);
    if (!byBlock || signal.aborted) return;
    for (let i = 0; i < prefix; i++) byBlock[i] = old.byBlock[i];
    for (let i = to; i < n; i++) {
      const j = i - n + oldN;
      const delta = extraction.blocks[i].start - before.blocks[j].start;
      byBlock[i] = old.byBlock[j].map((c) => shiftClaim(c, delta));
    }
    // The whole page's language stays (a changed stretch is read in it): only a page read anew decides again.
    this.commit(analyzedState(old.page ?? extractMeta(document, location.href), extraction, byBlock, old.language ?? language.engine), false);
  }

  private commit(state: PageState, now: boolean): void {
    this.state = state;
    this.watcher.watch(state.extraction?.root ?? null);
    if (this.current) this.current = state.byId.get(this.current.id) ?? null;
    if (this.card.claimId && !state.byId.has(this.card.claimId)) this.card.close();
    this.draw();
    this.reporter.report(() => this.results(), now);
  }

  private onBatch(batch: ChangeBatch): void {
    if (!this.active()) return;
    // A hidden tab is not read again while it changes: its changes wait (merged) until the reader comes back, so a
    // page churning in the background costs neither its main thread nor the shared engine.
    if (document.visibilityState === 'hidden' && this.state.extraction) return this.deferUntilVisible(batch);
    if (!this.state.extraction) {
      // Not an article (yet): content may still be arriving. Check again, but not on every batch.
      if (this.recheckTimer !== undefined) return;
      const wait = Math.max(0, this.lastCheck + RECHECK_MS - Date.now());
      this.recheckTimer = setTimeout(() => { this.recheckTimer = undefined; this.enqueue(() => this.fullRun()); }, wait);
      return;
    }
    // Batches that arrive while one is being handled are merged and handled next.
    if (this.pending) {
      for (const t of batch.targets) this.pending.targets.add(t);
      this.pending.huge ||= batch.huge;
      return;
    }
    this.pending = batch;
    const delay = this.backoff.delayFor(this.reading > 0, performance.now());
    this.reading++;
    this.enqueue(async () => {
      try {
        if (delay > 0) await this.wait(delay);
        const next = this.pending;
        this.pending = null;
        if (next) await this.timed(() => this.update(next));
      } finally {
        this.reading--;
      }
    });
  }

  private deferUntilVisible(batch: ChangeBatch): void {
    if (this.hiddenBatch) {
      for (const t of batch.targets) this.hiddenBatch.targets.add(t);
      this.hiddenBatch.huge ||= batch.huge;
      return;
    }
    this.hiddenBatch = batch;
    const onVisible = () => {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', onVisible);
      const waiting = this.hiddenBatch;
      this.hiddenBatch = null;
      if (waiting) this.onBatch(waiting);
    };
    document.addEventListener('visibilitychange', onVisible, { signal: this.life.signal });
  }

  /** Waits out the back-off; a restart (navigation, settings) ends the wait at once. */
  private wait(ms: number): Promise<void> {
    const wait = new AbortController();
    this.backoffWait = wait;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wait.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
  }

  // ── drawing ───────────────────────────────────────────────────────────────────────────────────────

  /** This page's corrections (the address without its #hash). */
  private pageCorrections(): Record<string, CorrectionRecord> | undefined {
    const url = normalizePageUrl(location.href);
    return url ? this.corrections[url] : undefined;
  }

  /** The page's claims as the reader sees them: their corrections applied. */
  private correctedClaims(): Claim[] {
    return applyCorrections(this.state.claims, this.pageCorrections());
  }

  private shownClaims(): Claim[] {
    const { levels, forms } = this.settings;
    // "Not a claim" is not highlighted.
    return stillClaims(this.correctedClaims()).filter((c) => levels.includes(c.level) && forms.includes(c.form));
  }

  private draw(): void {
    const extraction = this.state.extraction;
    this.stopDrawing();
    if (!extraction || !this.visible || !this.active()) {
      this.painter.clear();
      this.index = new ClaimIndex([]);
      return;
    }
    const shown = this.shownClaims();
    const options = { highContrast: this.settings.highContrast };
    this.index = new ClaimIndex(shown);
    if (!this.painter.drawSteps) return this.watcher.quietly(() => this.painter.draw(extraction, shown, options));
    // Drawn in slices (a small page's in the first, at once); a newer drawing takes over from where this one stopped.
    const drawing = new AbortController();
    this.drawing = drawing;
    void runInSlices(this.painter.drawSteps(extraction, shown, options), drawing.signal).then(() => {
      if (this.drawing === drawing) this.drawing = null;
    });
  }

  /** Stops a drawing in progress where it stands (the next draw changes the highlights from there). */
  private stopDrawing(): void {
    this.drawing?.abort();
    this.drawing = null;
  }

  private rangeOf(claim: Claim): AbstractRange | null {
    const extraction = this.state.extraction;
    return this.painter.rangeOf(claim.id) ?? (extraction ? staticRangeFor(extraction, claim.start, claim.end) : null);
  }

  // ── the card ──────────────────────────────────────────────────────────────────────────────────────

  private onClick(e: MouseEvent): void {
    if (e.button !== 0 || !this.index.size || e.defaultPrevented) return;
    if (this.card.isOpen && e.composedPath().some((n) => this.card.owns(n as Node))) return; // a click in our card
    const selection = getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text
    const claim = this.claimAtPoint(e.clientX, e.clientY, e.target);
    if (claim) this.openCard(claim, false);
  }

  /** The innermost drawn claim under the point: caret → text offset → index lookup, checked against its boxes. */
  claimAtPoint(x: number, y: number, target: EventTarget | null): Claim | null {
    if (this.painter instanceof WrapperPainter) {
      const id = this.painter.claimIdAt(target);
      return id ? this.index.get(id) ?? null : null;
    }
    const extraction = this.state.extraction;
    const caret = caretAt(x, y);
    if (!extraction || !caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const offset = textOffsetAt(extraction, caret.node, caret.offset);
    if (offset === null) return null;
    // The caret snaps to the nearest character boundary: the character clicked is before or after it.
    for (const at of [offset, offset - 1]) {
      const claim = this.index.at(at);
      const range = claim && this.rangeOf(claim);
      if (claim && range && rangeContainsPoint(range, x, y)) return claim;
    }
    return null;
  }

  private openCard(found: Claim, byKeyboard: boolean): void {
    const extraction = this.state.extraction;
    const range = this.rangeOf(found);
    if (!extraction || !range) return;
    const [claim] = applyCorrections([found], this.pageCorrections());
    const block = extraction.blocks[blockIndexAt(extraction.blocks, claim.start)];
    const sentence = block ? sentenceAround(extraction.text, block, claim) : undefined;
    const url = linkedUrl(claim, block, block ? sentenceSpan(extraction.text, block, claim) : null);
    const anchor = (): Box | null => {
      const rect = clientRectOf(range);
      return rect && { top: rect.all.top, bottom: rect.all.bottom, left: rect.first.left, right: rect.all.right };
    };
    const linkCheck = url ? this.linkChecks.control(claim, url, sentence) : undefined;
    this.card.open(claim, sentence, anchor, { byKeyboard, highContrast: this.settings.highContrast, linkCheck, correction: this.correctionControls(claim, sentence) });
    if (!this.card.isOpen) return;
    void this.addElsewhere(claim.id);
    this.current = claim;
    // A side panel, if open, selects this claim's row (nobody listening is fine).
    if (extensionAlive()) void broadcast('claim/opened', { claimId: claim.id });
    this.painter.mark('focus', range);
    const mention = claim.source?.mention;
    this.painter.mark('mention', mention ? staticRangeFor(extraction, mention.start, mention.end) : null);
  }

  /** What the card needs to save the reader's correction of this claim: candidates, and where to send it. */
  private correctionControls(claim: Claim, sentence: string | undefined) {
    const url = normalizePageUrl(location.href);
    if (!url) return undefined;
    const send = (record: ReturnType<typeof correctionRecord> | null) => {
      if (extensionAlive()) void sendToBackground('correction/set', { url, key: claimKey(claim), record });
    };
    return {
      candidates: sourceCandidates(claim, this.state.claims),
      onCorrect: (verdict: Verdict) => send(correctionRecord(claim, sentence, verdict)),
      onUndo: () => send(null),
    };
  }

  /** New corrections (saved here or elsewhere): redraw, and show the open card's claim as now corrected. */
  private applyCorrections(all: CorrectionsByPage): void {
    this.corrections = all;
    if (!this.state.extraction) return;
    this.draw();
    const id = this.card.claimId;
    const claim = id ? this.correctedClaims().find((c) => c.id === id) : undefined;
    if (!id) return;
    if (!claim || !this.index.get(id)) { this.card.close(); return; }
    const extraction = this.state.extraction;
    const block = extraction.blocks[blockIndexAt(extraction.blocks, claim.start)];
    const sentence = block ? sentenceAround(extraction.text, block, claim) : undefined;
    this.card.update(claim, this.correctionControls(claim, sentence));
  }

  /** Asks the background what the reading ledger knows about the claim (the matching happened there). */
  private async addElsewhere(claimId: string): Promise<void> {
    const reply = await sendToBackground('ledger/matches', { claimId });
    if (reply.ok && (reply.value.matches.length || reply.value.inArticle.length)) this.card.showElsewhere(claimId, reply.value);
  }

  private onCardClosed(): void {
    this.painter.mark('focus', null);
    this.painter.mark('mention', null);
  }

  /** Scrolls to a claim, flashes it (when asked) and opens its card with focus in it. */
  private async show(claimId: string, flash: boolean): Promise<boolean> {
    const claim = this.state.byId.get(claimId);
    const range = claim && this.rangeOf(claim);
    if (!claim || !range) return false;
    this.card.close(false);
    await scrollRangeIntoView(range, this.life.signal);
    if (this.life.signal.aborted) return false;
    if (flash) {
      this.painter.mark('flash', range);
      setTimeout(() => this.painter.mark('flash', null), FLASH_MS);
    }
    this.openCard(claim, true);
    return this.card.isOpen;
  }

  private async step(direction: 'next' | 'previous'): Promise<string | null> {
    const from = this.current && this.index.get(this.current.id) ? this.current : this.claimNearViewport(direction);
    const claim = from && from !== this.current ? from : this.index.step(this.current, direction);
    if (!claim) return null;
    this.current = claim;
    await this.show(claim.id, false);
    return claim.id;
  }

  /** With no current claim: the first claim below the top of the viewport ("next") or the one before it. */
  private claimNearViewport(direction: 'next' | 'previous'): Claim | null {
    const list = this.index.ordered;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const range = this.rangeOf(list[mid]);
      const rect = range ? clientRectOf(range) : null;
      if (rect && rect.all.bottom < 0) lo = mid + 1; else hi = mid;
    }
    if (direction === 'next') return list[lo] ?? list[0] ?? null;
    return list[lo - 1] ?? list[list.length - 1] ?? null;
  }

  private toggle(): boolean {
    this.visible = !this.visible;
    if (!this.visible) this.card.close();
    this.draw();
    return this.visible;
  }

  // ── settings and the end ─────────────────────────────────────────────────────────────────────────

  private applySettings(settings: Settings): void {
    const wasActive = this.active();
    this.settings = settings;
    if (!this.active()) {
      this.restart(); // reports 'paused' and clears
    } else if (!wasActive) {
      this.restart();
    } else {
      if (this.card.claimId && !this.shownClaims().some((c) => c.id === this.card.claimId)) this.card.close();
      this.draw();
    }
  }

  teardown(): void {
    if (this.life.signal.aborted) return;
    this.run?.abort();
    this.stopDrawing();
    this.backoffWait?.abort();
    clearTimeout(this.recheckTimer);
    this.life.abort();
    this.painter.clear();
  }
}

function addressOnly(): PageMeta {
  return { url: location.href, title: null, publisher: null, author: null, published: null };
}
