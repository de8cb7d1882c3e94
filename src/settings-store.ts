// Reads and writes the reader's settings in storage.local, for the popup and the content script alike.
// Whatever storage holds is validated by parseSettings: bad data means defaults, never an error.
import { browser } from './browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/**
 * Calls back with the new settings whenever they change; returns the unsubscribe function. Both ends are
 * guarded: an orphaned content script (extension reloaded) can no longer reach the API.
 */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => {
    try { browser.storage.onChanged.removeListener(listener); } catch { /* extension gone */ }
  };
}
