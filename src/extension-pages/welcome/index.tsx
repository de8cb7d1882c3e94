// The welcome page's entry (src/ui/welcome/WelcomeApp.tsx): the background opens it once, when Sourcemark is
// installed (src/background/welcome.ts). It offers the read-mode choice and stores it, as the options page does.
import { WelcomeApp } from '../../ui/welcome/WelcomeApp';
import { welcomeCss } from '../../ui/welcome/welcome-styles';
import { adoptStyles } from '../../ui/styles';
import { startSettingsPage } from '../settings-page';

adoptStyles(document, welcomeCss());
startSettingsPage(({ settings, shortcuts, readMode }) => (
  <WelcomeApp readMode={readMode.view(settings.readMode)} onReadMode={readMode.choose}
    shortcuts={shortcuts} highContrast={settings.highContrast} />
));
