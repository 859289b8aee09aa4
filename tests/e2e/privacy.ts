/**
 * What "nothing leaves the browser" means, checked on a browser context: no request to another
 * origin, no CSP violation, no cookie, nothing in local or session storage or IndexedDB.
 * The axe scans (en, ar) and the crawl (every other language) both visit pages through this, so
 * every built page is checked once.
 */
import type { BrowserContext, Page } from '@playwright/test';

export const AXE_LOCALES = ['en', 'ar'];

export interface PrivacyWatch {
  /** Requests to another origin since the last `take()`, as "page → url". */
  foreign: string[];
}

/** Start watching a context: call before its first navigation. */
export async function watchPrivacy(context: BrowserContext, origin: string): Promise<PrivacyWatch> {
  const watch: PrivacyWatch = { foreign: [] };
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) watch.foreign.push(`${r.frame().url()} → ${u}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => ((window as any).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return watch;
}

/** CSP violations reported on the page now open. */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__csp ?? []);

/** Everything the page could have left behind: must all be empty or zero. */
export async function leftBehind(page: Page) {
  return {
    cookies: (await page.context().cookies()).length,
    ...(await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: ((await indexedDB.databases?.()) ?? []).length,
    }))),
  };
}
