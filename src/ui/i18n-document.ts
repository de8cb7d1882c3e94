// An extension page in the reader's language: <html lang> set to it (screen readers pronounce by it), and every
// element marked `data-i18n="key"` in the page's HTML given that message as its text (titles, static paragraphs).
import { t, uiLocale, type MessageKey } from './i18n';

export function localizeDocument(doc: Document): void {
  doc.documentElement.lang = uiLocale();
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
}
