// "Check the linked source" in the card: a button (nothing is fetched before the reader clicks it), then the
// verdict, which arrives later while the card stays usable. The check itself runs in the background; this
// component only shows the state it is handed (LinkCheckControl) and is free of the extension API.
import { useEffect, useState } from 'preact/hooks';
import type { LinkCheckState } from '../linkcheck/state';
import { REASON_WORDS, VERDICT_WORDS, type Verdict } from '../linkcheck/types';
import { hostnameOf, shorten } from './format';

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
      return <p class={cls}>{head}{compact ? '.' : <>: <q class="sm-passage">{shorten(verdict.passage, PASSAGE_MAX)}</q></>}</p>;
    case 'differs':
      return (
        <p class={cls}>{head}{compact ? '.' : <>. The source says:{' '}
          <q class="sm-passage">{verdict.diff.map((d, i) => d.kind === 'same'
            ? <span key={i}>{d.text}</span>
            : d.kind === 'article'
              ? <del key={i} class="sm-diff-article" title="the article’s wording">{d.text}</del>
              : <ins key={i} class="sm-diff-source" title="the source’s wording">{d.text}</ins>)}</q>
          <span class="sm-muted"> (struck through: the article’s words; underlined: the source’s)</span></>}
        </p>
      );
    case 'not-found':
      return <p class={cls}>{head}.</p>;
    case 'unreadable':
      return <p class={cls}>{head}: {REASON_WORDS[verdict.reason]}.</p>;
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
          <p class="sm-muted">The sentence links to {host}.</p>
          <button type="button" class="sm-check-btn" onClick={() => control.start()}>Check the linked source</button>
        </>
      )}
      <div aria-live="polite">
        {state?.status === 'running' && <p class="sm-muted">Checking the page on {host}…</p>}
        {state?.status === 'needs-permission' && (
          <>
            <p>Sourcemark may not read pages on {host} yet.</p>
            <button type="button" class="sm-check-btn" onClick={() => control.ask()}>Allow access to {host}…</button>
          </>
        )}
        {state?.status === 'done' && <VerdictLine verdict={state.verdict} />}
      </div>
    </div>
  );
}
