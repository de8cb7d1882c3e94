// The options page entry: loads the settings and the shortcuts, renders OptionsApp, stores each change
// (the content scripts and any open popup follow storage, so a change applies everywhere at once).
import { render } from 'preact';
import type { Settings } from '../src/settings';
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

function draw(): void {
  render(<OptionsApp settings={settings} shortcuts={shortcuts} onChange={(next) => {
    settings = next;
    draw();
    void saveSettings(next);
  }} />, root);
}

async function main(): Promise<void> {
  [settings, shortcuts] = await Promise.all([loadSettings(), loadShortcuts()]);
  draw();
  onSettingsChanged((next) => { settings = next; draw(); });
}

void main();
