// The in-page card: a <sourcemark-card> appended to document.documentElement only while a card is open (the
// only node we ever add), a closed shadow root with isolated styles (the page cannot read the card; we keep the
// only reference), Preact rendering the shared ClaimCard.
// position:fixed beside the claim, so the page never moves. Closes on Escape, a click elsewhere, or when the
// claim scrolls out of view. Listens passively and never cancels a page event.
import { render } from 'preact';
import type { Claim } from '../../src/analysis/types';
import type { ClaimMatches } from '../../src/ledger/types';
import { ClaimCard } from '../../src/ui/ClaimCard';
import type { LinkCheckControl } from '../../src/ui/LinkCheckSection';
import type { CorrectionControls } from '../../src/ui/CorrectionSection';
import { cardHostCss } from '../../src/ui/card-styles';
import { adoptStyles } from '../../src/ui/styles';
import { FRAME_CSS } from './host-styles';
import { isInView, placeCard, type Box } from './position';
import { t } from '../../src/ui/i18n';

export const CARD_TAG = 'sourcemark-card';
const HOST_STYLE = 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; '
  + 'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';

export interface OpenOptions {
  /** Opened from the keyboard (command): focus moves into the card and returns on close. */
  byKeyboard: boolean;
  /** The reader's high-contrast setting (src/ui's `.sm-theme.sm-hc` colours). */
  highContrast: boolean;
  /** The page the claim's sentence links to, and its check. */
  linkCheck?: LinkCheckControl;
  /** The card's "Wrong source?" and "Not a claim" (absent where the page cannot be corrected). */
  correction?: CorrectionControls;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLElement | null = null;
  /** The card's shadow root: closed, so this is the only reference (tests reach it through the browser's debugger). */
  private shadow: ShadowRoot | null = null;
  private anchor: (() => Box | null) | null = null;
  private returnFocus: HTMLElement | null = null;
  private frameRequest = 0;
  private sentence: string | undefined;
  private linkCheck: LinkCheckControl | undefined;
  claimId: string | null = null;
  /** The reading ledger's matches for the open card's claim (they arrive after it opened). */
  private elsewhere: ClaimMatches | undefined;
  /** The claim the open card shows and its correction controls, to render it again with the ledger's matches. */
  private shown: { claim: Claim; correction: CorrectionControls | undefined } | null = null;

  constructor(signal: AbortSignal, private readonly onClose: () => void) {
    const opts = { capture: true, passive: true, signal };
    window.addEventListener('pointerdown', (e) => {
      if (this.host && !e.composedPath().includes(this.host)) this.close();
    }, opts);
    window.addEventListener('keydown', (e) => {
      if (this.host && e.key === 'Escape') this.close();
    }, opts);
    window.addEventListener('scroll', () => this.schedulePlacement(), opts);
    window.addEventListener('resize', () => this.schedulePlacement(), opts);
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Our host element, so the page watcher can ignore its own additions. */
  owns(node: Node): boolean {
    return node === this.host;
  }

  open(claim: Claim, sentence: string | undefined, anchor: () => Box | null, { byKeyboard, highContrast, linkCheck, correction }: OpenOptions): void {
    const previous = document.activeElement;
    this.close(false);
    const box = anchor();
    if (!box) return;
    this.anchor = anchor;
    this.claimId = claim.id;
    const host = document.createElement(CARD_TAG);
    host.style.cssText = HOST_STYLE; // CSSOM, not a style attribute: a page CSP without 'unsafe-inline' would block that
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, cardHostCss + FRAME_CSS);
    const frame = document.createElement('div');
    frame.className = 'sm-frame';
    frame.tabIndex = -1;
    shadow.append(frame);
    this.sentence = sentence;
    this.linkCheck = linkCheck;
    this.elsewhere = undefined;
    this.shown = { claim, correction };
    this.draw(frame, claim, correction);
    const dialog = frame.querySelector<HTMLElement>('[role="dialog"]');
    if (dialog && !dialog.hasAttribute('aria-label') && !dialog.hasAttribute('aria-labelledby')) dialog.setAttribute('aria-label', t('cardDetailsLabel'));
    if (highContrast) frame.querySelector('.sm-theme')?.classList.add('sm-hc');
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.frame = frame;
    this.place(box);
    if (byKeyboard) {
      this.returnFocus = previous instanceof HTMLElement && previous !== document.body ? previous : null;
      (dialog ?? frame).tabIndex = -1;
      (dialog ?? frame).focus({ preventScroll: true });
    }
  }

  private draw(frame: HTMLElement, claim: Claim, correction: CorrectionControls | undefined): void {
    render(<ClaimCard claim={claim} sentence={this.sentence} onClose={() => this.close()} variant="page"
      idBase={`sourcemark-${claim.id.replace(/[^\w-]/g, '_')}`} linkCheck={this.linkCheck} correction={correction} elsewhere={this.elsewhere} />, frame);
  }

  /** Re-renders the open card for the same claim, changed (a correction): in place, so focus stays where it is. */
  update(claim: Claim, correction: CorrectionControls | undefined): void {
    if (!this.frame || claim.id !== this.claimId) return;
    this.shown = { claim, correction };
    this.draw(this.frame, claim, correction);
  }

  /** Adds the reading ledger's matches to the open card, if it is still the card of that claim. */
  showElsewhere(claimId: string, elsewhere: ClaimMatches): void {
    if (!this.frame || !this.shown || this.claimId !== claimId) return;
    this.elsewhere = elsewhere;
    this.draw(this.frame, this.shown.claim, this.shown.correction);
    this.schedulePlacement();
  }

  private schedulePlacement(): void {
    if (!this.host || this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      const box = this.anchor?.();
      const viewport = { width: innerWidth, height: innerHeight };
      if (!box || !isInView(box, viewport)) this.close();
      else this.place(box);
    });
  }

  private place(box: Box): void {
    const frame = this.frame!;
    // Measured at its natural height, then limited to the room on the chosen side (it scrolls inside).
    frame.style.removeProperty('--sm-room');
    const rect = frame.getBoundingClientRect();
    const { top, left, maxHeight } = placeCard(box, { width: rect.width, height: rect.height }, { width: innerWidth, height: innerHeight });
    frame.style.setProperty('--sm-room', `${maxHeight}px`);
    frame.style.top = `${top}px`;
    frame.style.left = `${left}px`;
  }

  /** Removes the card; focus goes back where it was when the card took it. */
  close(notify = true): void {
    if (!this.host) return;
    const focusInside = this.shadow?.activeElement != null;
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    render(null, this.frame!);
    this.host.remove();
    this.host = null;
    this.frame = null;
    this.shadow = null;
    this.anchor = null;
    this.claimId = null;
    this.shown = null;
    this.elsewhere = undefined;
    if (focusInside && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
    if (notify) this.onClose();
  }
}
