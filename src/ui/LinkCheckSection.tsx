// "Check the linked source" in the card: a button (nothing is fetched before the reader clicks it), then the
// verdict, which arrives later while the card stays usable. The check itself runs in the background; this
// component only shows the state it is handed (LinkCheckControl) and is free of the extension API.
import { useEffect, useState } from 'preact/hooks';
import type { LinkCheckState } from '../linkcheck/state';
import { REASON_WORDS, VERDICT_WORDS, type Verdict } from '../linkcheck/types';
import { hostnameOf, shorten } from './format';
import { t } from './i18n';

export interface LinkCheckControl {
  url: string;
  state(): LinkCheckState | null;
  subscribe(onChange: () => void): () => void;
  /** Asks the background to check (on the reader's click only). */
  start(): void;
  /** Opens the page where the reader grants access to the linked site. */
  ask(): void;
}

const PASSAGE_MAX = 400;

/** The verdict as one line of text and marks: it starts with exactly one of the four fixed phrases. */
export function VerdictLine({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const head = <span class="sm-verdict-head">{VERDICT_WORDS[verdict.kind]}</span>;
  const cls = `sm-verdict sm-verdict-${verdict.kind}`;
  switch (verdict.kind) {
    case 'found':
      return <p class={cls}>{head}{compact ? '.' : <>{t('verdictColon')}<q class="sm-passage">{shorten(verdict.passage, PASSAGE_MAX)}</q></>}</p>;
    case 'differs':
      return (
        <p class={cls}>{head}{compact ? '.' : <>{t('verdictSourceSays')}{' '}
          <q class="sm-passage">{verdict.diff.map((d, i) => d.kind === 'same'
            ? <span key={i}>{d.text}</span>
            : d.kind === 'article'
              ? <del key={i} class="sm-diff-article" title={t('diffArticleTitle')}>{d.text}</del>
              : <ins key={i} class="sm-diff-source" title={t('diffSourceTitle')}>{d.text}</ins>)}</q>
          <span class="sm-muted"> {t('diffLegend')}</span></>}
        </p>
      );
    case 'not-found':
      return <p class={cls}>{head}.</p>;
    case 'unreadable':
      return <p class={cls}>{head}{t('verdictReason', REASON_WORDS[verdict.reason])}</p>;
  }
}

export function LinkCheckSection({ control }: { control: LinkCheckControl }) {
  const [state, setState] = useState<LinkCheckState | null>(control.state());
  useEffect(() => {
    setState(control.state());
    return control.subscribe(() => setState(control.state()));
  }, [control]);
  const host = hostnameOf(control.url) ?? control.url;
  return (
    <div class="sm-linkcheck">
      {state === null && (
        <>
          <p class="sm-muted">{t('linkSentenceLinks', host)}</p>
          <button type="button" class="sm-check-btn" onClick={() => control.start()}>{t('linkCheckButton')}</button>
        </>
      )}
      <div aria-live="polite">
        {state?.status === 'running' && <p class="sm-muted">{t('linkChecking', host)}</p>}
        {state?.status === 'needs-permission' && (
          <>
            <p>{t('linkNeedsPermission', host)}</p>
            <button type="button" class="sm-check-btn" onClick={() => control.ask()}>{t('linkAllowAccess', host)}</button>
          </>
        )}
        {state?.status === 'done' && <VerdictLine verdict={state.verdict} />}
      </div>
    </div>
  );
}
