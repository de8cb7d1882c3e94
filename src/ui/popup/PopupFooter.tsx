// The popup's last lines: the real keyboard shortcuts and the way to every setting (the options page).
import { ShortcutHint, type Shortcut } from '../shortcuts';
import { t } from '../i18n';

export function PopupFooter({ shortcuts, onOpenOptions }: { shortcuts?: Shortcut[]; onOpenOptions?: () => void }) {
  if (!shortcuts?.length && !onOpenOptions) return null;
  return (
    <footer class="sm-foot">
      {shortcuts && <ShortcutHint shortcuts={shortcuts} />}
      {onOpenOptions && (
        <button type="button" class="sm-btn sm-btn-quiet sm-options-link" onClick={onOpenOptions}>{t('footerOptions')}</button>
      )}
    </footer>
  );
}
