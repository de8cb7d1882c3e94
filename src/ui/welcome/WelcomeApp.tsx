// The first-run page, opened once when Sourcemark is installed: the choice of when it reads a page (without which a
// fresh install reads nothing until the reader clicks), how to use it (highlights and their levels, the card, the
// popup, the side panel, the shortcuts as the browser has them) and what stays on the reader's computer.
// Pure UI: src/extension-pages/welcome/index.tsx feeds it and stores the choice.
import type { ReadMode } from '../../settings';
import { LEVELS, LEVEL_WORDS } from '../format';
import { t } from '../i18n';
import { ReadModeSection, type ReadModeView } from '../ReadModeSection';
import { ShortcutTable, type Shortcut } from '../shortcuts';

export interface WelcomeProps {
  readMode: ReadModeView;
  onReadMode: (mode: ReadMode) => void;
  shortcuts: Shortcut[];
  /** The high-contrast palette, when the reader chose it (the level samples follow it). */
  highContrast: boolean;
}

/** One line saying what happens now, once the reader's choice holds. */
function ReadyLine({ readMode }: { readMode: ReadModeView }) {
  if (readMode.mode === 'all-sites' && readMode.allSitesGranted) return <p class="sm-welcome-ready" role="status">{t('welcomeReadyAllSites')}</p>;
  if (readMode.mode === 'click') return <p class="sm-welcome-ready" role="status">{t('welcomeReadyClick')}</p>;
  return null;
}

export function WelcomeApp({ readMode, onReadMode, shortcuts, highContrast }: WelcomeProps) {
  return (
    <div class={`sm-theme sm-options sm-welcome${highContrast ? ' sm-hc' : ''}`}>
      <header class="sm-head">
        <p class="sm-brand">Sourcemark</p>
        <h1 class="sm-title">{t('welcomeTitle')}</h1>
        <p>{t('welcomeIntro')}</p>
      </header>
      <main class="sm-options-body">
        <ReadModeSection view={readMode} onChoose={onReadMode} />
        <ReadyLine readMode={readMode} />
        <section class="sm-section" aria-labelledby="sm-how-h">
          <h2 id="sm-how-h" class="sm-h2">{t('welcomeHowTitle')}</h2>
          <p>{t('welcomeHowHighlights')}</p>
          <ul class="sm-welcome-levels">
            {LEVELS.map((level) => (
              <li key={level}><span class={`sm-welcome-sample sm-welcome-sample-${level}`}>{t('welcomeSampleText')}</span> {LEVEL_WORDS[level]}</li>
            ))}
          </ul>
          <p>{t('welcomeHowCard')}</p>
          <p>{t('welcomeHowPopup')}</p>
          <p>{t('welcomeHowPanel')}</p>
          <p class="sm-muted sm-note">{t('welcomePinHint')}</p>
        </section>
        <section class="sm-section" aria-labelledby="sm-welcome-keys-h">
          <h2 id="sm-welcome-keys-h" class="sm-h2">{t('optionsShortcuts')}</h2>
          {shortcuts.length ? <ShortcutTable shortcuts={shortcuts} /> : <p class="sm-muted sm-note">{t('optionsShortcutsNone')}</p>}
        </section>
        <section class="sm-section" aria-labelledby="sm-welcome-privacy-h">
          <h2 id="sm-welcome-privacy-h" class="sm-h2">{t('welcomePrivacyTitle')}</h2>
          <p>{t('welcomePrivacyText')}</p>
          <p>{t('welcomePrivacyLedger')}</p>
          <p><a href="privacy.html">{t('optionsPrivacyLink')}</a> · <a href="options.html">{t('welcomeSettingsLink')}</a></p>
        </section>
      </main>
    </div>
  );
}
