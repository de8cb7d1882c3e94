// The popup entry: finds the tab, asks the background for its results, renders the list.
import { render } from 'preact';
import { sendToBackground, sendToTab, type TabResults } from '../src/messages';
import { targetTabId } from './tab';

type View = { status: 'loading' | 'unreadable' } | { status: 'results'; results: TabResults };

function App({ view }: { view: View }) {
  if (view.status === 'loading') return <p class="state">Loading…</p>;
  if (view.status !== 'results') return <p class="state">This page can't be read by Sourcemark.</p>;
  const results = view.results;
  if (results.status === 'no-article') return <p class="state">No article here.</p>;
  if (results.status === 'paused') return <p class="state">Sourcemark is paused on this page.</p>;
  if (results.claims.length === 0) return <p class="state">Nothing found.</p>;
  return (
    <section aria-label="Claims">
      <h1>{results.claims.length} claims</h1>
      <ul class="claims">
        {results.claims.map((claim) => (
          <li key={claim.id} data-claim-id={claim.id}>
            <span class="claim-text">{claim.text}</span> — <span class="claim-source">{claim.source?.name ?? 'no source'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function loadView(): Promise<View> {
  const tabId = await targetTabId(location.search);
  if (tabId === null) return { status: 'unreadable' };
  const stored = await sendToBackground('results/get', { tabId });
  if (stored.ok && stored.value.results) return { status: 'results', results: stored.value.results };
  // Nothing stored: ask the tab itself; no answer means no content script can run there.
  const live = await sendToTab(tabId, 'content/ping', {});
  if (live.ok && live.value.results) return { status: 'results', results: live.value.results };
  return live.ok ? { status: 'loading' } : { status: 'unreadable' };
}

const root = document.getElementById('app')!;
render(<App view={{ status: 'loading' }} />, root);
loadView().then((view) => render(<App view={view} />, root), () => render(<App view={{ status: 'unreadable' }} />, root));
