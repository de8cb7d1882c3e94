// What the options page and the welcome page share: the popup's styles, the document in the reader's language, the
// settings and the browser's shortcuts loaded, the read-mode choice (read-mode-choice.ts), each change stored and
// drawn, and changes made elsewhere (the popup, another tab) followed.
import { render, type VNode } from 'preact';
import type { Settings } from '../settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings-store';
import { loadShortcuts } from '../shortcuts-store';
import type { Shortcut } from '../ui/shortcuts';
import { installPopupStyles } from '../ui/popup/popup-styles';
import { localizeDocument } from '../ui/i18n-document';
import { createReadModeChoice, type ReadModeChoice } from './read-mode-choice';

export interface SettingsPageState {
  settings: Settings;
  shortcuts: Shortcut[];
  /** Stores a change and redraws. */
  save: (next: Settings) => void;
  readMode: ReadModeChoice;
}

/** Draws `view` into #app now and on every change. */
export function startSettingsPage(view: (state: SettingsPageState) => VNode): void {
  const root = document.getElementById('app')!;
  installPopupStyles(document);
  localizeDocument(document);

  let settings: Settings;
  let shortcuts: Shortcut[] = [];
  const save = (next: Settings): void => {
    settings = next;
    draw();
    void saveSettings(next);
  };
  const readMode = createReadModeChoice(() => settings, save, () => draw());
  function draw(): void {
    render(view({ settings, shortcuts, save, readMode }), root);
  }

  void Promise.all([loadSettings(), loadShortcuts(), readMode.start()]).then(([loaded, keys]) => {
    settings = loaded;
    shortcuts = keys;
    draw();
    onSettingsChanged((next) => { settings = next; draw(); });
  });
}
