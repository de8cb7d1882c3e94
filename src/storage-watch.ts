// Follows one key of storage.local: the settings and the reader's corrections are both watched this way.
import { browser } from './browser';

/**
 * Calls back with the key's new value (through `parse`, so bad data never reaches the caller) whenever it changes;
 * returns the unsubscribe function. Both ends are guarded: an orphaned content script (extension reloaded) can no
 * longer reach the API.
 */
export function onLocalKeyChanged<T>(key: string, parse: (raw: unknown) => T, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) callback(parse(changes[key].newValue));
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
