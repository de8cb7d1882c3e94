// The options page entry: every setting, the read mode (src/extension-pages/read-mode-choice.ts), the shortcuts and
// the privacy policy (OptionsApp); each change is stored, and the content scripts and any open popup follow storage,
// so a change applies everywhere at once.
import { OptionsApp } from '../../ui/popup/OptionsApp';
import { startSettingsPage } from '../settings-page';

startSettingsPage(({ settings, shortcuts, save, readMode }) => (
  <OptionsApp settings={settings} shortcuts={shortcuts} onChange={save}
    readMode={readMode.view(settings.readMode)} onReadMode={readMode.choose} />
));
