// The page that asks for access to a linked site. A content script cannot call permissions.request; an extension
// page can, inside the reader's click (both Chrome and Firefox require that user gesture). Opened by the
// background with a ticket naming the check; it reports the browser's answer and closes.
import { browser } from '../src/browser';
import { sendToBackground } from '../src/messages';

const ticket = new URLSearchParams(location.search).get('ticket') ?? '';
const why = document.getElementById('why')!;
const allow = document.getElementById('allow') as HTMLButtonElement;
const deny = document.getElementById('deny') as HTMLButtonElement;

async function answer(granted: boolean): Promise<void> {
  allow.disabled = true;
  deny.disabled = true;
  await sendToBackground('linkcheck/answer', { ticket, granted });
  why.textContent = granted ? 'Access granted: the check is running; you can go back to the article.' : 'Not allowed: nothing was fetched.';
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id).catch(() => undefined);
}

async function main(): Promise<void> {
  const reply = await sendToBackground('linkcheck/pending', { ticket });
  const pending = reply.ok ? reply.value : null;
  if (!pending) {
    why.textContent = 'This request is no longer open. Click “Check the linked source” in the article again.';
    return;
  }
  const host = new URL(pending.url).host;
  why.textContent = `To check the claim, Sourcemark needs to read one page on ${host}: ${pending.url}`;
  allow.textContent = `Allow access to ${host}`;
  allow.disabled = false;
  deny.disabled = false;
  allow.addEventListener('click', () => {
    // Called straight from the click: the browser shows its own prompt and answers.
    browser.permissions.request({ origins: [pending.origin] }).then((granted) => answer(granted), () => answer(false));
  });
  deny.addEventListener('click', () => void answer(false));
}

void main();
