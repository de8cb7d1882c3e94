// Reads and writes the reader's settings in storage.local, for the popup and the content script alike.
// Whatever storage holds is validated by parseSettings: bad data means defaults, never an error.
import { browser } from './browser';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';
import { onLocalKeyChanged } from './storage-watch';

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

/** Calls back with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  return onLocalKeyChanged(SETTINGS_KEY, parseSettings, callback);
}
