// The options page (beside the popup's components it reuses): every setting in one place (the popup's settings panel, plus the sites switched off,
// which only the popup of each site could turn back on), the keyboard shortcuts, and the privacy policy.
// Pure UI: options/index.tsx feeds the settings and shortcuts and stores each change.
import type { Settings } from '../../settings';
import { SettingsPanel } from './SettingsPanel';
import { changeShortcutsHint, ShortcutTable, type Shortcut } from '../shortcuts';
import { t } from '../i18n';
import { ReadModeSection, type ReadModeView } from '../ReadModeSection';
import type { ReadMode } from '../../settings';

export function OptionsApp({ settings, shortcuts, onChange, readMode, onReadMode }: {
  settings: Settings; shortcuts: Shortcut[]; onChange: (settings: Settings) => void;
  /** When Sourcemark reads a page: shown when the entry feeds it (the browser's access is the entry's to ask). */
  readMode?: ReadModeView; onReadMode?: (mode: ReadMode) => void;
}) {
  const panel = { siteEnabled: true, paused: settings.paused, levels: settings.levels, forms: settings.forms, highContrast: settings.highContrast };
  return (
    <div class={`sm-theme sm-options${settings.highContrast ? ' sm-hc' : ''}`}>
      <header class="sm-head">
        <p class="sm-brand">Sourcemark</p>
        <h1 class="sm-title">{t('optionsTitle')}</h1>
      </header>
      <main class="sm-options-body">
        {readMode && onReadMode && <ReadModeSection view={readMode} onChoose={onReadMode} />}
        <SettingsPanel settings={panel} onChange={(next) => onChange({ ...settings, paused: next.paused, levels: next.levels, forms: next.forms, highContrast: next.highContrast })} />
        <section class="sm-section" aria-labelledby="sm-sites-h">
          <h2 id="sm-sites-h" class="sm-h2">{t('optionsSitesOff')}</h2>
          {settings.disabledSites.length === 0 ? (
            <p class="sm-muted sm-note">{t('optionsSitesOffNone')}</p>
          ) : (
            <ul class="sm-sites">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span dir="auto">{site}</span>{' '}
                  <button type="button" class="sm-btn" aria-label={t('turnOnFor', site)}
                    onClick={() => onChange({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                    {t('turnOn')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="sm-section" aria-labelledby="sm-keys-h">
          <h2 id="sm-keys-h" class="sm-h2">{t('optionsShortcuts')}</h2>
          {shortcuts.length ? <ShortcutTable shortcuts={shortcuts} /> : <p class="sm-muted sm-note">{t('optionsShortcutsNone')}</p>}
          <p class="sm-muted sm-note">{changeShortcutsHint()}</p>
        </section>
        <section class="sm-section" aria-labelledby="sm-privacy-h">
          <h2 id="sm-privacy-h" class="sm-h2">{t('optionsPrivacy')}</h2>
          <p>{t('optionsPrivacyText')}</p>
          {/* The policy in the interface's language: each locale names its own page (privacy.de.html, ...). */}
          <p><a href={t('optionsPrivacyPage')}>{t('optionsPrivacyLink')}</a></p>
        </section>
      </main>
    </div>
  );
}
