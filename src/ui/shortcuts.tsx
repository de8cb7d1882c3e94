// The keyboard shortcuts as the browser reports them (commands.getAll: the reader may have changed them),
// shown as a one-line hint in the popup and as a table on the options page.
import { Fragment } from 'preact';

export interface Shortcut {
  /** The manifest's command name; `_execute_action` opens the popup. */
  name: string;
  description: string;
  /** The keys, as the browser spells them; empty when none is set. */
  shortcut: string;
}

const OPEN_POPUP = '_execute_action';

/** What each command does, in the reader's words (Chrome reports no description for `_execute_action`). */
export function describeShortcut(s: Shortcut): string {
  return s.name === OPEN_POPUP ? 'Open the Sourcemark popup' : s.description || s.name;
}

/** Where the reader changes them: each browser has its own page, which an extension cannot link to. */
export const CHANGE_SHORTCUTS_HINT = 'Change them in Chrome at chrome://extensions/shortcuts, in Firefox under about:addons → ⚙ → Manage Extension Shortcuts.';

/** "Alt+Shift+S opens this popup · Alt+Shift+J next claim": the shortcuts that are set, the popup's first. */
export function ShortcutHint({ shortcuts }: { shortcuts: Shortcut[] }) {
  const set = shortcuts.filter((s) => s.shortcut).sort((a, b) => Number(b.name === OPEN_POPUP) - Number(a.name === OPEN_POPUP));
  if (set.length === 0) return null;
  return (
    <p class="sm-muted sm-note sm-shortcuts-hint">
      Keys:{' '}
      {set.map((s, i) => (
        <Fragment key={s.name}>
          {i > 0 && ' · '}
          <kbd>{s.shortcut}</kbd> {s.name === OPEN_POPUP ? 'opens this popup' : describeShortcut(s).toLowerCase()}
        </Fragment>
      ))}
    </p>
  );
}

export function ShortcutTable({ shortcuts }: { shortcuts: Shortcut[] }) {
  return (
    <table class="sm-shortcuts">
      <thead><tr><th scope="col">Action</th><th scope="col">Keys</th></tr></thead>
      <tbody>
        {shortcuts.map((s) => (
          <tr key={s.name}>
            <td>{describeShortcut(s)}</td>
            <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="sm-muted">not set</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
