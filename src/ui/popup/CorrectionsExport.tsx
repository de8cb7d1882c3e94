// The reader's corrections of every page, downloadable as labelled examples (JSON Lines) to improve the engine.
import { t, tn } from '../i18n';

export function CorrectionsExport({ count, onExport }: { count: number; onExport: () => void }) {
  if (count === 0) return null;
  return (
    <section class="sm-section" aria-labelledby="sm-corrections-h">
      <h2 id="sm-corrections-h" class="sm-h2">{t('correctionsTitle')}</h2>
      <p class="sm-muted">{tn('correctionsCount', count)}</p>
      <button type="button" class="sm-btn sm-export-corrections" onClick={onExport}>{t('correctionsDownload')}</button>
    </section>
  );
}
