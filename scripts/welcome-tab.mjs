// The welcome page the extension opens once when installed (src/background/welcome.ts), as a browser under
// automation sees it: `npm start` lets it open before the demo article (so the article is the tab in front), and the
// e2e harness closes it (a test's page must be the active tab) or hands it to the test of the welcome page.

/** The welcome page's tab once it has opened; throws after `timeout` ms (the extension did not open it). */
export async function welcomeTab(browser, timeout = 60_000) {
  const target = await browser.waitForTarget((t) => t.type() === 'page' && /^(chrome|moz)-extension:\/\/[^/]+\/welcome\.html$/.test(t.url()), { timeout });
  const page = await target.page();
  if (!page) throw new Error('the welcome page opened but cannot be driven');
  return page;
}
