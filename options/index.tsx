// The options page entry: loads the settings and the shortcuts, renders OptionsApp, stores each change
// (the content scripts and any open popup follow storage, so a change applies everywhere at once).
// The read mode is chosen here: the every-page mode asks the browser for access to all sites inside the reader's
// click (a user gesture is required), "only when I click" gives that access back (src/read-mode.ts).
import { render } from 'preact';
import { browser } from '../src/browser';
import { ALL_SITES } from '../src/read-mode';
import type { ReadMode, Settings } from '../src/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../src/settings-store';
import { loadShortcuts } from '../src/shortcuts-store';
import { OptionsApp } from '../src/ui/popup/OptionsApp';
import type { Shortcut } from '../src/ui/shortcuts';
import { installPopupStyles } from '../src/ui/popup/popup-styles';
import { localizeDocument } from '../src/ui/i18n-document';

const root = document.getElementById('app')!;
installPopupStyles(document);
localizeDocument(document);

let settings: Settings;
let shortcuts: Shortcut[] = [];
let allSitesGranted = false;
let refused = false;

const allSites = { origins: [...ALL_SITES] };

async function readGrant(): Promise<void> {
  allSitesGranted = await browser.permissions.contains(allSites).catch(() => false);
}

function save(next: Settings): void {
  settings = next;
  draw();
  void saveSettings(next);
}

function chooseReadMode(mode: ReadMode): void {
  if (mode === 'all-sites') {
    // Straight from the click: the browser shows its own prompt (at once granted where it was granted before).
    void browser.permissions.request(allSites).then((granted) => granted, () => false).then((granted) => {
      allSitesGranted = granted;
      refused = !granted;
      if (granted) save({ ...settings, readMode: 'all-sites' });
      else draw();
    });
    return;
  }
  refused = false;
  save({ ...settings, readMode: 'click' });
  // Least privilege: the access the every-page mode needed goes back (Chrome keeps access listed as required, which
  // it is not here; a site granted for the linked-source check goes too, and is asked again when needed).
  void browser.permissions.remove(allSites).catch(() => false).then(readGrant).then(draw);
}

function draw(): void {
  render(<OptionsApp settings={settings} shortcuts={shortcuts} onChange={save}
    readMode={{ mode: settings.readMode, allSitesGranted, refused }} onReadMode={chooseReadMode} />, root);
}

async function main(): Promise<void> {
  [settings, shortcuts] = await Promise.all([loadSettings(), loadShortcuts(), readGrant()]);
  draw();
  onSettingsChanged((next) => { settings = next; draw(); });
  // The reader may grant or withdraw access in the browser's own settings meanwhile.
  const onPermissions = () => void readGrant().then(draw);
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
}

void main();
