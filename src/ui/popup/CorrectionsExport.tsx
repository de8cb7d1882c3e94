// The reader's corrections of every page, downloadable as labelled examples (JSON Lines) to improve the engine.
import { plural } from '../format';

export function CorrectionsExport({ count, onExport }: { count: number; onExport: () => void }) {
  if (count === 0) return null;
  return (
    <section class="sm-section" aria-labelledby="sm-corrections-h">
      <h2 id="sm-corrections-h" class="sm-h2">Your corrections</h2>
      <p class="sm-muted">{plural(count, 'correction')} on all pages, kept on this computer.</p>
      <button type="button" class="sm-btn sm-export-corrections" onClick={onExport}>Download as labelled examples (JSON Lines)</button>
    </section>
  );
}
