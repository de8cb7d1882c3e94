// One claim in the list: the claim shortened, what it is, who it is credited to, the confidence; it expands
// to the shared claim card, and "Show in page" asks the page to reveal it.
import type { Claim } from '../../analysis/types';
import { ClaimCard } from '../ClaimCard';
import { ConfidenceMeter } from '../ConfidenceMeter';
import { LinkCheckRowVerdict } from './LinkCheckRowVerdict';
import { FORM_WORDS, STRENGTH_WORDS, TOPIC_WORDS, shorten, sourceLabel } from '../format';
import { correctionMark } from '../correction-words';
import { t } from '../i18n';

export function ClaimRow({ claim, expanded, onToggle, onJump, sentence, selected = false }: {
  claim: Claim; expanded: boolean; onToggle: () => void; onJump: () => void; sentence?: string;
  /** The side panel's current claim: its card is open in the page (aria-current for screen readers). */
  selected?: boolean;
}) {
  const base = `sm-row-${claim.id.replace(/[^\w-]/g, '_')}`; // engine ids are data: keep them safe as element ids
  const panelId = `${base}-card`;
  const short = shorten(claim.text, 120);
  return (
    <li class={`sm-row sm-level-${claim.level}${selected ? ' sm-row-selected' : ''}`} data-claim-id={claim.id}
      aria-current={selected ? 'true' : undefined}>
      <button type="button" class="sm-row-toggle" aria-expanded={expanded} aria-controls={panelId} onClick={onToggle}>
        <span class="sm-chevron" aria-hidden="true" />
        <span class="sm-row-text" id={`${base}-text`} dir="auto">{short}</span>
      </button>
      <p class="sm-row-meta">
        {FORM_WORDS[claim.form]} · {TOPIC_WORDS[claim.topic]} · <bdi class="sm-row-source">{sourceLabel(claim.source)}</bdi>
        {' · '}{STRENGTH_WORDS[claim.strength]}
        {claim.correction && <>{' · '}<span class="sm-row-corrected">{correctionMark(claim)}</span></>}
      </p>
      <LinkCheckRowVerdict claim={claim} />
      <div class="sm-row-foot">
        <ConfidenceMeter confidence={claim.confidence} level={claim.level} />
        <button type="button" class="sm-btn sm-jump" onClick={onJump} aria-describedby={`${base}-text`}>
          {t('showInPage')}
        </button>
      </div>
      <div id={panelId} class="sm-row-card" hidden={!expanded}>
        {expanded && <ClaimCard claim={claim} sentence={sentence} variant="inline" headingLevel={3} idBase={base} />}
      </div>
    </li>
  );
}
