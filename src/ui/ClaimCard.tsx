// The claim card, shared by the in-page card (variant "page": a labelled dialog with a close button) and the
// popup's expanded row (variant "inline"). Pure: props in, markup out; page text is only ever rendered as text.
import { useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import type { Claim, ClaimSource } from '../analysis/types';
import { ConfidenceMeter } from './ConfidenceMeter';
import { LinkCheckSection, type LinkCheckControl } from './LinkCheckSection';
import { CorrectionSection, type CorrectionControls } from './CorrectionSection';
import { ElsewhereInReading } from './ElsewhereInReading';
import type { ClaimMatches } from '../ledger/types';
import { FORM_WORDS, KIND_WORDS, TOPIC_WORDS, formatQuantity, isHttpUrl, shorten, sourceLabel } from './format';
import { sourceSentence } from './explain';
import { localReason } from './reason-words';
import { t, type MessageKey } from './i18n';

export interface ClaimCardProps {
  claim: Claim;
  /** The sentence (or wider context) the claim sits in; the claim is marked inside it. */
  sentence?: string;
  /** Shown as a close button (and bound to Escape) when given. */
  onClose?: () => void;
  variant?: 'page' | 'inline';
  /** Level of the card's headings, so it nests correctly where it is placed. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Base for element ids (must be unique in the document). */
  idBase?: string;
  /** The page the claim's sentence links to, with its check (in-page card only). */
  linkCheck?: LinkCheckControl;
  /** Where the card can save the reader's corrections (the in-page card): "Wrong source?" and "Not a claim". */
  correction?: CorrectionControls;
  /** What the reading ledger knows about this claim (arrives after the card opened). */
  elsewhere?: ClaimMatches;
}

const CLAIM_MAX = 280;
const DIALOG_ATTRIBUTED: Record<Claim['form'], MessageKey> = {
  figure: 'cardDialogFigure', quote: 'cardDialogQuote', statement: 'cardDialogStatement',
};
const DIALOG_NO_SOURCE: Record<Claim['form'], MessageKey> = {
  figure: 'cardDialogFigureNoSource', quote: 'cardDialogQuoteNoSource', statement: 'cardDialogStatementNoSource',
};
const CONTEXT_SIDE = 140;

function Heading({ level, children, ...rest }: { level: number; children: ComponentChildren } & JSX.HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return <Tag {...rest}>{children}</Tag>;
}

function shortLink(url: string): string {
  const u = new URL(url);
  return shorten(`${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`, 48);
}

function SourceLine({ source }: { source: ClaimSource | null }) {
  if (!source) return <span class="sm-muted">{t('levelNone')}</span>;
  return (
    <>
      <bdi class="sm-source-name">{source.name}</bdi> <span class="sm-kind">{KIND_WORDS[source.kind]}</span>
      {source.via && (
        <span class="sm-via">
          {t('cardCitingPrefix')}<bdi class="sm-source-name">{source.via.name}</bdi> <span class="sm-kind">{KIND_WORDS[source.via.kind]}</span>
        </span>
      )}
      {source.url && (
        <span class="sm-source-link">
          {' '}— {isHttpUrl(source.url)
            ? <a href={source.url} target="_blank" rel="noopener noreferrer">{shortLink(source.url)}</a>
            : <span class="sm-muted">{shorten(source.url, 48)}</span>}
        </span>
      )}
    </>
  );
}

/** The sentence with the claim marked; long sides trimmed at a word so the claim stays in view. */
function SentenceWithClaim({ sentence, claimText }: { sentence: string; claimText: string }) {
  const at = sentence.indexOf(claimText);
  if (at === -1) return <bdi>{shorten(sentence, CLAIM_MAX + 2 * CONTEXT_SIDE)}</bdi>;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + claimText.length);
  const head = before.length > CONTEXT_SIDE ? `…${before.slice(before.indexOf(' ', before.length - CONTEXT_SIDE) + 1)}` : before;
  const tail = after.length > CONTEXT_SIDE ? shorten(after, CONTEXT_SIDE) : after;
  return <bdi>{head}<mark class="sm-mark">{shorten(claimText, CLAIM_MAX)}</mark>{tail}</bdi>;
}

export function ClaimCard({ claim, sentence, onClose, variant = 'page', headingLevel = 2, idBase, linkCheck, correction, elsewhere }: ClaimCardProps) {
  // Remembered per claim, so a card re-rendered for another claim starts shortened again.
  const [fullFor, setFullFor] = useState<string | null>(null);
  const full = fullFor === claim.id;
  const setFull = (on: boolean) => setFullFor(on ? claim.id : null);
  const short = shorten(claim.text, CLAIM_MAX);
  const truncated = short !== claim.text.replace(/\s+/g, ' ').trim();
  const titleId = `${idBase ?? `sm-card-${claim.id.replace(/[^\w-]/g, '_')}`}-title`;
  const kindLine = `${FORM_WORDS[claim.form]} · ${TOPIC_WORDS[claim.topic]}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.stopPropagation();
      onClose();
    }
  };
  // A dialog named for what it is about: "Sourcemark: quote attributed to KCNA, citing Kim Jong Un".
  const about = claim.source ? t(DIALOG_ATTRIBUTED[claim.form], sourceLabel(claim.source)) : t(DIALOG_NO_SOURCE[claim.form]);
  const rootProps: JSX.HTMLAttributes<HTMLElement> = variant === 'page'
    ? { role: 'dialog', 'aria-label': about }
    : { role: 'group', 'aria-label': t('cardDetails', shorten(claim.text, 60)) };
  const showSentence = sentence && sentence.replace(/\s+/g, ' ').trim() !== claim.text.replace(/\s+/g, ' ').trim();

  return (
    <section class={`${variant === 'page' ? 'sm-theme ' : ''}sm-card sm-card-${variant} sm-level-${claim.level}`} {...rootProps} onKeyDown={onKeyDown}>
      <div class="sm-card-head">
        {variant === 'page'
          ? <Heading level={headingLevel} id={titleId} class="sm-card-title">{kindLine}</Heading>
          : <p class="sm-card-title">{kindLine}</p>}
        {onClose && (
          <button type="button" class="sm-close" aria-label={t('cardClose')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {/* Page strings are isolated (dir="auto", <bdi>): right-to-left text keeps its order and does not reorder ours. */}
      <blockquote class="sm-claim-text" dir="auto">
        {full ? claim.text : short}
        {truncated && (
          <>
            {' '}
            <button type="button" class="sm-linkish" aria-expanded={full} onClick={() => setFull(!full)}>
              {full ? t('cardShowLess') : t('cardShowAll')}
            </button>
          </>
        )}
      </blockquote>
      {showSentence && (
        <p class="sm-sentence"><span class="sm-label">{t('cardInContext')} </span><SentenceWithClaim sentence={sentence} claimText={claim.text} /></p>
      )}
      <dl class="sm-facts">
        {claim.quantity && (
          <div class="sm-fact">
            <dt>{t('cardQuantity')}</dt>
            <dd>{formatQuantity(claim.quantity)} <span class="sm-muted">({t('quoteOpen')}<bdi>{claim.quantity.text}</bdi>{t('quoteClose')})</span></dd>
          </div>
        )}
        <div class="sm-fact">
          <dt>{t('cardSource')}</dt>
          <dd><SourceLine source={claim.source} /></dd>
        </div>
        <div class="sm-fact sm-fact-wide">
          <dt>{t('cardWhy')}</dt>
          <dd class="sm-why"><bdi>{sourceSentence(claim)}</bdi></dd>
        </div>
        <div class="sm-fact sm-fact-wide">
          <dt>{t('cardConfidence')}</dt>
          <dd><ConfidenceMeter confidence={claim.confidence} level={claim.level} /></dd>
        </div>
        {claim.hedges.length > 0 && (
          <div class="sm-fact sm-fact-wide">
            <dt>{t('cardHedges')}</dt>
            <dd><ul class="sm-chips">{claim.hedges.map((h, i) => <li key={i} class="sm-chip">{h}</li>)}</ul></dd>
          </div>
        )}
      </dl>
      {linkCheck && <LinkCheckSection control={linkCheck} />}
      {claim.reasons.length > 0 && (
        <>
          <Heading level={variant === 'page' ? headingLevel + 1 : headingLevel} class="sm-sub">{t('cardReasonsTitle')}</Heading>
          <ul class="sm-reasons">{claim.reasons.map((r, i) => <li key={i}>{localReason(r)}</li>)}</ul>
        </>
      )}
      <CorrectionSection claim={claim} controls={correction} idBase={titleId.replace(/-title$/, '')} />
      <ElsewhereInReading data={elsewhere} headingLevel={variant === 'page' ? headingLevel + 1 : headingLevel} />
    </section>
  );
}
