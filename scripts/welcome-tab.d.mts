export function welcomeTab(browser: import('puppeteer-core').Browser, timeout?: number): Promise<import('puppeteer-core').Page>;
