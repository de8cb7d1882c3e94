// Saves a string as a file from an extension page (the popup) with no extra permission: a Blob, an object
// URL and a temporary <a download> clicked once. The `downloads` permission would be needed for anything more.
import type { ExportFile } from './export-types';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new view.Blob([file.content], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the click has been handled: revoking at once can cancel the download in some browsers.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
  }
}
