// The reader's choice of when Sourcemark reads a page (src/read-mode.ts), as the options page and the welcome page
// both offer it. The every-page mode asks the browser for access to all sites inside the reader's click (a user
// gesture is required); "only when I click" gives that access back. The page using it owns the settings and
// redraws when told.
import { browser } from '../browser';
import { ALL_SITES } from '../read-mode';
import type { ReadMode, Settings } from '../settings';
import type { ReadModeView } from '../ui/ReadModeSection';

const allSites = { origins: [...ALL_SITES] };

export interface ReadModeChoice {
  /** What the section shows: the mode, whether the browser granted it, whether the last request was refused. */
  view(mode: ReadMode): ReadModeView;
  /** Called from the reader's click. */
  choose(mode: ReadMode): void;
  /** Reads the browser's grant now and follows its changes (the reader may grant or withdraw in the browser's own settings). */
  start(): Promise<void>;
}

export function createReadModeChoice(settings: () => Settings, save: (next: Settings) => void, redraw: () => void): ReadModeChoice {
  let allSitesGranted = false;
  let refused = false;

  async function readGrant(): Promise<void> {
    allSitesGranted = await browser.permissions.contains(allSites).catch(() => false);
  }

  return {
    view: (mode) => ({ mode, allSitesGranted, refused }),
    choose(mode) {
      if (mode === 'all-sites') {
        // Straight from the click: the browser shows its own prompt (at once granted where it was granted before).
        void browser.permissions.request(allSites).then((granted) => granted, () => false).then((granted) => {
          allSitesGranted = granted;
          refused = !granted;
          if (granted) save({ ...settings(), readMode: 'all-sites' });
          else redraw();
        });
        return;
      }
      refused = false;
      save({ ...settings(), readMode: 'click' });
      // Least privilege: the access the every-page mode needed goes back (a site granted for the linked-source check
      // goes too, and is asked again when needed).
      void browser.permissions.remove(allSites).catch(() => false).then(readGrant).then(redraw);
    },
    async start() {
      await readGrant();
      const onPermissions = () => void readGrant().then(redraw);
      browser.permissions.onAdded.addListener(onPermissions);
      browser.permissions.onRemoved.addListener(onPermissions);
    },
  };
}
