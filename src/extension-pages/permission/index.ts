// The page that asks for access to a linked site. A content script cannot call permissions.request; an extension
// page can, inside the reader's click (both Chrome and Firefox require that user gesture). Opened by the
// background with a ticket naming the check; it reports the browser's answer and closes.
import { browser } from '../../browser';
import { sendToBackground } from '../../messages';
import { t } from '../../ui/i18n';
import { localizeDocument } from '../../ui/i18n-document';

localizeDocument(document);

const ticket = new URLSearchParams(location.search).get('ticket') ?? '';
const why = document.getElementById('why')!;
const allow = document.getElementById('allow') as HTMLButtonElement;
const deny = document.getElementById('deny') as HTMLButtonElement;

async function answer(granted: boolean): Promise<void> {
  allow.disabled = true;
  deny.disabled = true;
  await sendToBackground('linkcheck/answer', { ticket, granted });
  why.textContent = granted ? t('permissionGranted') : t('permissionRefused');
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id).catch(() => undefined);
}

async function main(): Promise<void> {
  const reply = await sendToBackground('linkcheck/pending', { ticket });
  const pending = reply.ok ? reply.value : null;
  if (!pending) {
    why.textContent = t('permissionExpired');
    return;
  }
  const host = new URL(pending.url).host;
  why.textContent = t('permissionWhy', host, pending.url);
  allow.textContent = t('permissionAllowHost', host);
  allow.disabled = false;
  deny.disabled = false;
  allow.addEventListener('click', () => {
    // Called straight from the click: the browser shows its own prompt and answers.
    browser.permissions.request({ origins: [pending.origin] }).then((granted) => answer(granted), () => answer(false));
  });
  deny.addEventListener('click', () => void answer(false));
}

void main();
