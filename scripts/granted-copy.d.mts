export function grantedCopy(dir: string, out: string): Promise<string>;
export function contentScriptRegistered(browser: import('puppeteer-core').Browser, timeout?: number): Promise<void>;
