// The reader's settings for this page, read once and followed through storage.onChanged, so a switch in the
// popup applies without reloading the page.
import { browser } from '../src/browser';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../src/settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return; // the extension is already gone
  }
  signal.addEventListener('abort', () => {
    try { browser.storage.onChanged.removeListener(listener); } catch { /* extension gone */ }
  }, { once: true });
}
