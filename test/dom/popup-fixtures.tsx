// A ready popup state over the factory's article, and actions that record their calls.
import { vi } from 'vitest';
import type { PopupActions, PopupSettings, PopupState } from '../../src/ui/popup/types';
import { ARTICLE_TEXT, PAGE, articleClaims } from './claim-factory';

export const SETTINGS: PopupSettings = {
  siteEnabled: true, paused: false, levels: ['high', 'medium', 'low', 'none'], forms: ['figure', 'quote', 'statement'], highContrast: false,
};

export function readyState(patch: Partial<PopupState> = {}): PopupState {
  return { status: 'ready', page: PAGE, claims: articleClaims(), text: ARTICLE_TEXT, settings: SETTINGS, ...patch };
}

export function spyActions() {
  return {
    onJump: vi.fn<(id: string) => void>(),
    onSettingsChange: vi.fn<(s: PopupSettings) => void>(),
    onGrantPermission: vi.fn<() => void>(),
    onReload: vi.fn<() => void>(),
    onRead: vi.fn<(anyway: boolean) => void>(),
    onExport: vi.fn<PopupActions['onExport']>(),
  } satisfies PopupActions;
}
