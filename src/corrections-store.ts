// Reads the reader's corrections from storage.local (content script, popup, side panel); only the background
// writes them (src/background/corrections.ts), so two surfaces saving at once cannot lose one another's.
import { browser } from './browser';
import { CORRECTIONS_KEY, parseCorrections, type CorrectionsByPage } from './corrections/model';
import { onLocalKeyChanged } from './storage-watch';

export async function loadCorrections(): Promise<CorrectionsByPage> {
  try {
    const stored = await browser.storage.local.get(CORRECTIONS_KEY);
    return parseCorrections(stored[CORRECTIONS_KEY]);
  } catch {
    return {};
  }
}

export async function saveCorrections(all: CorrectionsByPage): Promise<void> {
  await browser.storage.local.set({ [CORRECTIONS_KEY]: all });
}

/** Calls back with every page's corrections when they change; returns the unsubscribe function. */
export function onCorrectionsChanged(callback: (all: CorrectionsByPage) => void): () => void {
  return onLocalKeyChanged(CORRECTIONS_KEY, parseCorrections, callback);
}
