// Which claims of this page the reader has met before in other articles (and which disagree), from the reading
// ledger, each a button that shows the claim on the page; and the way to the ledger page.
import type { Claim } from '../../analysis/types';
import { shorten } from '../format';
import { t, tn } from '../i18n';

export type LedgerCounts = Record<string, { elsewhere: number; conflicts: number }>;

export function LedgerSummary({ claims, counts, onJump, onOpenLedger }: {
  claims: Claim[]; counts?: LedgerCounts; onJump: (claimId: string) => void; onOpenLedger?: () => void;
}) {
  const matched = claims.filter((c) => counts?.[c.id]);
  return (
    <section class="sm-section sm-ledger-summary" aria-labelledby="sm-ledger-h">
      <h2 id="sm-ledger-h" class="sm-h2">{t('elsewhereTitle')}</h2>
      {matched.length === 0
        ? <p class="sm-muted">{t('ledgerNoMatches')}</p>
        : (
          <ul class="sm-ledger-claims">
            {matched.map((c) => {
              const { elsewhere, conflicts } = counts![c.id];
              const what = [elsewhere ? tn('matchCount', elsewhere) : '', conflicts ? tn('conflictCount', conflicts) : ''].filter(Boolean).join(', ');
              return (
                <li key={c.id}>
                  <button type="button" class="sm-linkish" onClick={() => onJump(c.id)}>{shorten(c.text, 70)}</button>{' '}
                  <span class="sm-muted">({what})</span>
                </li>
              );
            })}
          </ul>
        )}
      {onOpenLedger && <button type="button" class="sm-btn sm-btn-quiet" onClick={onOpenLedger}>{t('openLedger')}</button>}
    </section>
  );
}
