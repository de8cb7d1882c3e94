// The keyboard shortcuts as the browser reports them (commands.getAll: the reader may have changed them),
// shown as a one-line hint in the popup and as a table on the options page.
import { Fragment } from 'preact';
import { t, type MessageKey } from './i18n';

export interface Shortcut {
  /** The manifest's command name; `_execute_action` opens the popup. */
  name: string;
  description: string;
  /** The keys, as the browser spells them; empty when none is set. */
  shortcut: string;
}

const OPEN_POPUP = '_execute_action';

/** Our commands in the reader's words: as an action (the options table) and as the popup's short hint. */
const COMMAND_WORDS: Record<string, { action: MessageKey; hint: MessageKey }> = {
  [OPEN_POPUP]: { action: 'commandOpenPopup', hint: 'hintOpenPopup' },
  'next-claim': { action: 'commandNextClaim', hint: 'hintNextClaim' },
  'previous-claim': { action: 'commandPreviousClaim', hint: 'hintPreviousClaim' },
  'toggle-highlights': { action: 'commandToggleHighlights', hint: 'hintToggleHighlights' },
};

/** What each command does, in the reader's words (Chrome reports no description for `_execute_action`). */
export function describeShortcut(s: Shortcut): string {
  const words = COMMAND_WORDS[s.name];
  return words ? t(words.action) : s.description || s.name;
}

function hintFor(s: Shortcut): string {
  const words = COMMAND_WORDS[s.name];
  return words ? t(words.hint) : s.description || s.name;
}

/** Where the reader changes them: each browser has its own page, which an extension cannot link to. */
export function changeShortcutsHint(): string {
  return t('shortcutsChangeHint');
}

/** "Alt+Shift+S opens this popup · Alt+Shift+J next claim": the shortcuts that are set, the popup's first. */
export function ShortcutHint({ shortcuts }: { shortcuts: Shortcut[] }) {
  const set = shortcuts.filter((s) => s.shortcut).sort((a, b) => Number(b.name === OPEN_POPUP) - Number(a.name === OPEN_POPUP));
  if (set.length === 0) return null;
  return (
    <p class="sm-muted sm-note sm-shortcuts-hint">
      {t('shortcutsKeys')}{' '}
      {set.map((s, i) => (
        <Fragment key={s.name}>
          {i > 0 && ' · '}
          <kbd>{s.shortcut}</kbd> {hintFor(s)}
        </Fragment>
      ))}
    </p>
  );
}

export function ShortcutTable({ shortcuts }: { shortcuts: Shortcut[] }) {
  return (
    <table class="sm-shortcuts">
      <thead><tr><th scope="col">{t('shortcutsAction')}</th><th scope="col">{t('shortcutsKeysColumn')}</th></tr></thead>
      <tbody>
        {shortcuts.map((s) => (
          <tr key={s.name}>
            <td>{describeShortcut(s)}</td>
            <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="sm-muted">{t('shortcutsNotSet')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
