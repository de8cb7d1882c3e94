// Settings from storage: whatever is stored (nothing, junk, a half-valid object) becomes valid settings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings } from '../../src/settings';

describe('parseSettings', () => {
  it('falls back to the defaults for anything that is not a settings object', () => {
    for (const raw of [undefined, null, 'on', 42, [], true]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid parts and drops the rest', () => {
    const parsed = parseSettings({
      paused: 'yes', disabledSites: ['news.example', 7, '', 'x'.repeat(300)], levels: ['high', 'bogus', 'low'],
      forms: 'quote', highContrast: true,
    });
    expect(parsed).toEqual({ paused: false, disabledSites: ['news.example'], levels: ['high', 'low'], forms: DEFAULT_SETTINGS.forms, highContrast: true, ledger: true, ledgerDays: 90, readMode: 'all-sites' });
  });

  it('ledger: on unless switched off; retention a whole number of days from 1 to 3650, else 90', () => {
    expect(parseSettings({ ledger: false, ledgerDays: 30 })).toMatchObject({ ledger: false, ledgerDays: 30 });
    for (const ledgerDays of [0, -5, 2.5, '30', 99999, null]) expect(parseSettings({ ledger: 'no', ledgerDays })).toMatchObject({ ledger: true, ledgerDays: 90 });
  });

  it('read mode: only when I click if chosen; every page otherwise, also for settings saved before the mode existed', () => {
    expect(parseSettings({ readMode: 'click' }).readMode).toBe('click');
    for (const readMode of [undefined, 'all-sites', 'CLICK', 1, null]) expect(parseSettings({ readMode, paused: false }).readMode).toBe('all-sites');
  });

  it('round-trips valid settings', () => {
    const settings = { paused: true, disabledSites: ['a.example'], levels: ['medium' as const], forms: ['figure' as const], highContrast: false, ledger: false, ledgerDays: 7, readMode: 'click' as const };
    expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });
});

describe('isActiveOn', () => {
  it('is off when paused or when the site is switched off', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'news.example')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'news.example')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'other.example')).toBe(true);
  });
});
