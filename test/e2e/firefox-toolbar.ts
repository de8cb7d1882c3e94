// Firefox's own interface, reached through WebDriver BiDi's chrome scope (the harness launches Firefox with
// --remote-allow-system-access): what a reader does there and automation otherwise cannot, such as clicking
// Sourcemark's toolbar button.
import type { Browser } from 'puppeteer-core';

type BidiConnection = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };

/** Runs an expression in the browser window's privileged scope; returns its value (strings only). */
async function inBrowserWindow(browser: Browser, expression: string): Promise<string> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in the chrome scope');
  const reply = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (result.type !== 'success') throw new Error(`chrome scope: ${result.exceptionDetails?.text ?? 'failed'}`);
  return String(result.result?.value ?? '');
}

/**
 * Clicks the extension's toolbar button for the selected tab, through Firefox's own action code (the button sits in
 * the extensions panel, not in the toolbar's DOM): the real popup opens and the tab gets activeTab, as on a click.
 * Returns the URL of the tab it was clicked on.
 */
export function clickToolbarButton(browser: Browser, geckoId: string): Promise<string> {
  return inBrowserWindow(browser, `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
    await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return gBrowser.selectedBrowser.currentURI.spec;
  })()`);
}
