// The popup's props: what the popup entry feeds in (state) and what it is asked to do (actions).
import type { Claim, Form, Level } from '../../analysis/types';
import type { LanguageInfo } from '../../analysis/language';
import type { PageMeta } from '../../page/types';
import type { ExportFormat } from '../export-types';
import type { Shortcut } from '../shortcuts';

export type PopupStatus =
  | 'loading' | 'no-article' | 'nothing-found' | 'failed' | 'unreadable' | 'needs-permission' | 'paused' | 'ready'
  /** "Only when I click" and the page is not read yet (this surface could not read it by itself). */
  | 'click-to-read';

export interface PopupSettings {
  /** Sourcemark is on for this page's site. */
  siteEnabled: boolean;
  /** Global pause. */
  paused: boolean;
  /** Which levels and forms are highlighted in the page (the popup lists every claim regardless). */
  levels: Level[];
  forms: Form[];
  highContrast: boolean;
}

export interface PopupState {
  status: PopupStatus;
  /** A sentence for the reader, shown under the state's own explanation ("PDF viewer", ...). */
  reason?: string;
  /** For "unreadable": true when reloading the tab would let the content script in (opened before install). */
  canReload?: boolean;
  page?: PageMeta | null;
  /** The page's hostname, for the site switch and the permission prompt (falls back to page.url's host). */
  site?: string;
  claims: Claim[];
  /** The analyzed text: gives expanded rows their sentence. Optional. */
  text?: string | null;
  /** The page had more claims than the per-page cap. */
  capped?: boolean;
  /** The page's language as the engine read it: "figures" support gets a note (no sources read in it). */
  language?: LanguageInfo;
  settings: PopupSettings;
  /** 'panel' when shown in the side panel (stays open beside the page); defaults to 'popup'. */
  surface?: 'popup' | 'panel';
  /** Side panel: the claim to mark as selected and scroll to (its card is open in the page). */
  selectedClaimId?: string | null;
  /** Popup: offer "Open side panel" (the browser has one). */
  canOpenSidePanel?: boolean;
  /** The extension's keyboard shortcuts as the browser has them (a hint at the foot). */
  shortcuts?: Shortcut[];
  /** How many corrections the reader has saved, on all pages (offered for download when any). */
  correctionCount?: number;
  /** Firefox: the page was read on a click (activeTab) but its site is not allowed yet; offer to allow it. */
  allowSite?: string;
  /** Claims of this page with matches in the reading ledger (elsewhere) or conflicting figures (here), by id. */
  ledger?: Record<string, { elsewhere: number; conflicts: number }>;
}

export interface PopupActions {
  onJump(claimId: string): void;
  onSettingsChange(settings: PopupSettings): void;
  /** Must call permissions.request synchronously: it is only allowed inside the click's user gesture. Asks for the
   *  site of a 'needs-permission' state, or for `allowSite`. */
  onGrantPermission(): void;
  onReload(): void;
  /** Reads the page again: after a failed reading, or (`anyway`) a page not taken for an article. */
  onRead(anyway: boolean): void;
  onExport(format: ExportFormat): void;
  /** Opens the side panel; must call the browser synchronously (user gesture), like onGrantPermission. */
  onOpenSidePanel?(): void;
  /** Opens the options page (every setting, the shortcuts, the privacy policy). */
  onOpenOptions?(): void;
  /** Downloads every correction as labelled examples (JSON Lines). */
  onExportCorrections?(): void;
  /** Opens the reading ledger's page. */
  onOpenLedger?(): void;
}
