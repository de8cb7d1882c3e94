// The export buttons: the page's claims as Markdown, CSV or Web Annotation JSON-LD (the entry does the download).
import { EXPORT_FORMATS, type ExportFormat } from '../export';
import { tn } from '../i18n';

const ORDER: ExportFormat[] = ['markdown', 'csv', 'jsonld'];

export function ExportBar({ count, onExport }: { count: number; onExport: (format: ExportFormat) => void }) {
  return (
    <section class="sm-section" aria-labelledby="sm-export-h">
      <h2 id="sm-export-h" class="sm-h2">{tn('exportAll', count)}</h2>
      <div class="sm-export" role="group" aria-labelledby="sm-export-h">
        {ORDER.map((f) => (
          <button key={f} type="button" class="sm-btn" onClick={() => onExport(f)}>{EXPORT_FORMATS[f].label}</button>
        ))}
      </div>
    </section>
  );
}
