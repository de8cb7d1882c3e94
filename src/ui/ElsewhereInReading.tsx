// The card's section for what the reader has read elsewhere: each match in another article with its value or
// wording, source, site and date, newest first, and what differs said in words (not colour alone). Figures of
// this same article that disagree with the claim are named too.
import type { ClaimMatches } from '../ledger/types';
import { isHttpUrl } from './format';
import { matchLine, RELATION_WORDS, shortDate, sourceWords } from './ledger-format';
import { t } from './i18n';

export function ElsewhereInReading({ data, headingLevel = 3 }: { data?: ClaimMatches; headingLevel?: number }) {
  if (!data || (!data.matches.length && !data.inArticle.length)) return null;
  const Heading = `h${Math.min(6, Math.max(2, headingLevel))}` as 'h3';
  return (
    <div class="sm-elsewhere">
      {data.inArticle.length > 0 && (
        <p class="sm-conflict-here" role="note">
          <strong>{t('elsewhereConflictsHere')}</strong>{' '}
          {data.inArticle.map((c, i) => <span key={c.claimId}>{i > 0 ? '; ' : ''}{c.source ? t('ledgerAccordingTo', c.wording, sourceWords(c.source)) : t('ledgerNoSourceNamedAfter', c.wording)}</span>)}
        </p>
      )}
      {data.matches.length > 0 && (
        <>
          <Heading class="sm-sub">{t('elsewhereTitle')}</Heading>
          <ul class="sm-elsewhere-list">
            {data.matches.map((m, i) => (
              <li key={i} class={`sm-match sm-match-${m.relation}`}>
                <span class="sm-match-relation">{t('labelColon', RELATION_WORDS[m.relation])}</span>{' '}
                {matchLine(m)},{' '}
                {isHttpUrl(m.url) ? <a href={m.url} target="_blank" rel="noopener noreferrer" title={m.title ?? m.url}>{m.site}</a> : m.site},{' '}
                <span class="sm-muted">{shortDate(m.published, m.readAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
