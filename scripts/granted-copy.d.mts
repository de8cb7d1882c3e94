export function grantedCopy(dir: string, out: string): Promise<string>;
export function pollUntil<T>(check: () => T | Promise<T>, options: { timeout: number; interval?: number; failure: string }): Promise<T>;
export function contentScriptRegistered(browser: import('puppeteer-core').Browser, timeout?: number): Promise<void>;
export function firefoxProbe(browser: import('puppeteer-core').Browser, base: string): Promise<import('puppeteer-core').Page>;
export function firefoxContentScriptRegistered(probe: import('puppeteer-core').Page, timeout?: number): Promise<void>;
