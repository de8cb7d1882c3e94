// Settings: on/off for this site, a global pause, which levels and forms are highlighted, high contrast.
// Each change is handed up at once; the entry stores it and applies it to the open page.
import { LevelBadge } from '../ConfidenceMeter';
import { FORMS, FORM_WORDS, LEVELS } from '../format';
import { CheckGroup } from './CheckGroup';
import { t } from '../i18n';
import type { PopupSettings } from './types';

export function SettingsPanel({ settings, site, onChange, headingLevel = 2 }: {
  settings: PopupSettings; site?: string; onChange: (settings: PopupSettings) => void; headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as 'h2';
  const set = (patch: Partial<PopupSettings>) => onChange({ ...settings, ...patch });
  return (
    <section class="sm-section sm-settings" aria-labelledby="sm-settings-h">
      <H id="sm-settings-h" class="sm-h2">{t('settingsTitle')}</H>
      <fieldset class="sm-checks sm-stack">
        <legend class="sm-legend-title">Sourcemark</legend>
        {site && (
          <label class="sm-switch">
            <input type="checkbox" role="switch" checked={settings.siteEnabled} onChange={(e) => set({ siteEnabled: e.currentTarget.checked })} />
            <span>{t('settingsOnFor', site)}</span>
          </label>
        )}
        <label class="sm-switch">
          <input type="checkbox" role="switch" checked={settings.paused} onChange={(e) => set({ paused: e.currentTarget.checked })} />
          <span>{t('settingsPauseAll')}</span>
        </label>
      </fieldset>
      <CheckGroup legend={t('settingsHighlightLevels')} values={LEVELS} chosen={settings.levels}
        label={(level) => <LevelBadge level={level} />} onChange={(levels) => set({ levels })} />
      <CheckGroup legend={t('settingsHighlightForms')} values={FORMS} chosen={settings.forms}
        label={(form) => FORM_WORDS[form]} onChange={(forms) => set({ forms })} />
      <fieldset class="sm-checks sm-stack">
        <legend class="sm-legend-title">{t('settingsColours')}</legend>
        <label class="sm-switch">
          <input type="checkbox" role="switch" checked={settings.highContrast} onChange={(e) => set({ highContrast: e.currentTarget.checked })} />
          <span>{t('settingsHighContrast')}</span>
        </label>
      </fieldset>
      <p class="sm-muted sm-note">{t('settingsNote')}</p>
    </section>
  );
}
