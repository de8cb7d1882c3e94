// The claim list under its filters. Rows render in pages of 100 so a long page keeps the popup quick.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../analysis/types';
import { sentenceAround } from '../context';
import { filterClaims, type ClaimFilter } from '../summary';
import { ClaimRow } from './ClaimRow';
import { Filters } from './Filters';
import { t, tn } from '../i18n';

const PAGE_SIZE = 100;

export function ClaimList({ claims, text, filter, onFilterChange, onJump, selectedId }: {
  claims: Claim[]; text?: string | null; filter: ClaimFilter;
  onFilterChange: (filter: ClaimFilter) => void; onJump: (claimId: string) => void;
  /** The side panel's selected claim (its card is open in the page): marked, and scrolled into view. */
  selectedId?: string | null;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = filterClaims(claims, filter);
  const selectedAt = selectedId ? shown.findIndex((c) => c.id === selectedId) : -1;
  // A selected row past the pages shown: show enough pages to hold it.
  if (selectedAt >= limit) setLimit(Math.ceil((selectedAt + 1) / PAGE_SIZE) * PAGE_SIZE);
  useEffect(() => {
    if (!selectedId) return;
    const row = [...listRef.current?.children ?? []].find((li) => li.getAttribute('data-claim-id') === selectedId);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, selectedAt]);
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (!next.delete(id)) next.add(id);
    setExpanded(next);
  };
  return (
    <>
      <h2 class="sm-sr">{t('claimsHeading')}</h2>
      <Filters claims={claims} filter={filter} onChange={(f) => { setLimit(PAGE_SIZE); onFilterChange(f); }} />
      <p class="sm-showing" role="status">
        {shown.length === claims.length ? tn('showingAll', claims.length) : tn('showingSome', claims.length, shown.length)}
      </p>
      {shown.length === 0
        ? <p class="sm-empty">{t('noClaimMatches')}</p>
        : (
          <ul class="sm-rows" aria-label={t('claimsHeading')} ref={listRef}>
            {shown.slice(0, limit).map((c) => (
              <ClaimRow key={c.id} claim={c} expanded={expanded.has(c.id)} onToggle={() => toggle(c.id)} selected={c.id === selectedId}
                onJump={() => onJump(c.id)} sentence={text && expanded.has(c.id) ? sentenceAround(text, c) : undefined} />
            ))}
          </ul>
        )}
      {shown.length > limit && (
        <button type="button" class="sm-btn sm-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {tn('showMore', shown.length - limit, Math.min(PAGE_SIZE, shown.length - limit))}
        </button>
      )}
    </>
  );
}
