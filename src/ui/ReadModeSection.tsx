// The choice of when Sourcemark reads a page (src/read-mode.ts), each mode in one plain sentence, as the options page
// and the welcome page show it.
// Pure UI: src/extension-pages/read-mode-choice.ts asks the browser for the access a mode needs and stores the choice.
import type { ReadMode } from '../settings';
import { t } from './i18n';

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
      <h2 id="sm-read-h" class="sm-h2">{t('readModeTitle')}</h2>
      <div role="radiogroup" aria-labelledby="sm-read-h">
        <label class="sm-check">
          <input type="radio" name="sm-read-mode" value="all-sites" checked={mode === 'all-sites'} onChange={() => onChoose('all-sites')} />
          {t('readModeAllSites')}
        </label>
        <p class="sm-muted sm-note">{t('readModeAllSitesHint')}</p>
        <label class="sm-check">
          <input type="radio" name="sm-read-mode" value="click" checked={mode === 'click'} onChange={() => onChoose('click')} />
          {t('readModeClick')}
        </label>
        <p class="sm-muted sm-note">{t('readModeClickHint')}</p>
      </div>
      {refused && <p role="status">{t('readModeRefused')}</p>}
      {mode === 'all-sites' && !allSitesGranted && !refused && (
        <p role="status">
          {t('readModeNotGranted')}{' '}
          <button type="button" class="sm-btn" onClick={() => onChoose('all-sites')}>{t('readModeAllowAll')}</button>
        </p>
      )}
    </section>
  );
}
