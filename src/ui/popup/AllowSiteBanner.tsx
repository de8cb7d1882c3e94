// Firefox lets a reader keep an extension off a site until they allow it; a click on Sourcemark's button still lets
// it read that one tab (activeTab). The popup then says so, and offers to allow the whole site in one click.
import { t } from '../i18n';

export function AllowSiteBanner({ site, onAllow }: { site?: string; onAllow: () => void }) {
  if (!site) return null;
  return (
    <div class="sm-banner sm-allow-site" role="note">
      <span dir="auto">{t('allowSiteReadOnClick', site)}</span>
      {/* The click handler must call permissions.request synchronously: only a user gesture may ask. */}
      <button type="button" class="sm-btn sm-btn-primary" onClick={onAllow}>{t('allowOn', site)}</button>
    </div>
  );
}
