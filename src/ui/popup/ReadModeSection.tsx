// The options page's choice of when Sourcemark reads a page (src/read-mode.ts), each mode in one plain sentence.
// Pure UI: options/index.tsx asks the browser for the access a mode needs and stores the choice.
import type { ReadMode } from '../../settings';

export interface ReadModeView {
  mode: ReadMode;
  /** The browser lets Sourcemark read every http(s) site (the every-page mode's access). */
  allSitesGranted: boolean;
  /** The reader picked every page, and the browser's prompt was refused: the mode stays as it was. */
  refused: boolean;
}

export function ReadModeSection({ view, onChoose }: { view: ReadModeView; onChoose: (mode: ReadMode) => void }) {
  const { mode, allSitesGranted, refused } = view;
  return (
    <section class="sm-section" aria-labelledby="sm-read-h">
      <h2 id="sm-read-h" class="sm-h2">When Sourcemark reads a page</h2>
      <div role="radiogroup" aria-labelledby="sm-read-h">
        <label class="sm-check">
          <input type="radio" name="sm-read-mode" value="all-sites" checked={mode === 'all-sites'} onChange={() => onChoose('all-sites')} />
          Every article I open
        </label>
        <p class="sm-muted sm-note">Sourcemark reads each web page as it opens and highlights its claims. Your browser asks you once
          to let it read all sites.</p>
        <label class="sm-check">
          <input type="radio" name="sm-read-mode" value="click" checked={mode === 'click'} onChange={() => onChoose('click')} />
          Only when I click
        </label>
        <p class="sm-muted sm-note">Sourcemark reads a page only when you click its toolbar button or press its shortcut, and has no
          access to the sites you visit until then.</p>
      </div>
      {refused && <p role="status">Your browser did not allow Sourcemark to read all sites, so nothing changed.</p>}
      {mode === 'all-sites' && !allSitesGranted && !refused && (
        <p role="status">
          Your browser has not let Sourcemark read all sites yet, so it reads a page only when you click its button.{' '}
          <button type="button" class="sm-btn" onClick={() => onChoose('all-sites')}>Allow on all sites</button>
        </p>
      )}
    </section>
  );
}
