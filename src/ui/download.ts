// Saves a string as a file from an extension page (the popup) with no extra permission: a temporary
// <a download> clicked once. The `downloads` permission would be needed for anything more.
//
// The link is a data: URL when the file is small enough, a Blob object URL otherwise. Why: in Firefox, when
// the reader is asked where to save, the file chooser closes the popup, and closing the popup invalidates
// its blob: URLs before the download starts; a data: URL carries its content with it.
import type { ExportFile } from './export-types';

/** Well under the 2 MB URL limit of Chromium; a page's claims export is usually tens of kilobytes. */
export const DATA_URL_LIMIT = 1_000_000;

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const view = doc.defaultView ?? window;
  const dataUrl = `data:${file.mimeType},${encodeURIComponent(file.content)}`;
  const useData = dataUrl.length <= DATA_URL_LIMIT;
  const url = useData ? dataUrl : view.URL.createObjectURL(new view.Blob([file.content], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the click has been handled: revoking at once can cancel the download.
    if (!useData) view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  }
}
