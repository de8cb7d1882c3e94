// The keyboard shortcuts as the browser has them now (the reader may have changed or removed them).
import { browser } from './browser';
import type { Shortcut } from './ui/shortcuts';

/** Every command of the manifest, the popup's own first; an empty list where the browser cannot say. */
export async function loadShortcuts(): Promise<Shortcut[]> {
  try {
    const commands = await browser.commands.getAll();
    return commands
      .filter((c) => c.name)
      .map((c) => ({ name: c.name as string, description: c.description ?? '', shortcut: c.shortcut ?? '' }))
      .sort((a, b) => Number(b.name === '_execute_action') - Number(a.name === '_execute_action'));
  } catch {
    return [];
  }
}
