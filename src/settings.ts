// Reader settings: one object in storage.local, validated on every read (bad data resets to defaults).
import type { Form, Level } from './analysis/types';

export interface Settings {
  /** Global pause: no analysis, no highlights anywhere. */
  paused: boolean;
  /** Hostnames where the reader switched Sourcemark off. */
  disabledSites: string[];
  /** Which levels and forms are highlighted (all are still listed in the popup). */
  levels: Level[];
  forms: Form[];
  highContrast: boolean;
  /** Keep a local ledger of the claims read (never in private windows, paused or switched-off sites). */
  ledger: boolean;
  /** Days the ledger keeps an article after it was last read. */
  ledgerDays: number;
  /** Read every page opened ('all-sites', as before this setting existed), or only when the reader clicks ('click'). */
  readMode: ReadMode;
}

export type ReadMode = 'all-sites' | 'click';

export const LEDGER_DAYS_DEFAULT = 90;
const LEDGER_DAYS_MAX = 3650;

export const SETTINGS_KEY = 'sourcemark.settings';

const ALL_LEVELS: Level[] = ['high', 'medium', 'low', 'none'];
const ALL_FORMS: Form[] = ['figure', 'quote', 'statement'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  paused: false, disabledSites: [], levels: ALL_LEVELS, forms: ALL_FORMS, highContrast: false,
  ledger: true, ledgerDays: LEDGER_DAYS_DEFAULT, readMode: 'all-sites',
}) as Settings;

function pickList<T extends string>(value: unknown, allowed: readonly T[], fallback: T[]): T[] {
  if (!Array.isArray(value)) return [...fallback];
  return allowed.filter((item) => value.includes(item));
}

/** Turns whatever storage holds into valid settings; anything malformed falls back to the default. */
export function parseSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const sites = Array.isArray(r.disabledSites)
    ? r.disabledSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256).slice(0, 5000)
    : [];
  return {
    paused: r.paused === true,
    disabledSites: sites,
    levels: pickList(r.levels, ALL_LEVELS, DEFAULT_SETTINGS.levels),
    forms: pickList(r.forms, ALL_FORMS, DEFAULT_SETTINGS.forms),
    highContrast: r.highContrast === true,
    ledger: r.ledger !== false,
    ledgerDays: Number.isInteger(r.ledgerDays) && (r.ledgerDays as number) >= 1 && (r.ledgerDays as number) <= LEDGER_DAYS_MAX
      ? r.ledgerDays as number : LEDGER_DAYS_DEFAULT,
    // Absent in settings saved before the mode existed: an existing install keeps reading every page.
    readMode: r.readMode === 'click' ? 'click' : 'all-sites',
  };
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}
