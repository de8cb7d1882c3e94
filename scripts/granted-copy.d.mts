export function grantedCopy(dir: string, out: string): Promise<string>;
export function contentScriptRegistered(browser: import('puppeteer-core').Browser, timeout?: number): Promise<void>;
export function firefoxContentScriptRegistered(browser: import('puppeteer-core').Browser, base: string, timeout?: number): Promise<void>;
