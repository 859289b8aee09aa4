/** Safety and privacy: quick exit (JS on and off), and nothing leaving the browser on any page. */
import { test, expect, type Page } from '@playwright/test';
import { pagesOf } from './pages.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { DEFAULT_EXIT_URL } from '../../src/lib/quick-exit.ts';

const NEUTRAL = new URL(DEFAULT_EXIT_URL).origin;

/** The neutral site is answered locally: tests never reach the network. */
async function fakeNeutralSite(page: Page) {
  await page.route(`${NEUTRAL}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>neutral' }));
}

/**
 * Do `act`, then check the browser asked for the neutral site within a second (the moment the
 * reader has left), and that Back does not return to the exited page.
 */
async function expectLeaves(page: Page, act: () => Promise<void>) {
  const left = page.waitForRequest((r) => r.url().startsWith(NEUTRAL) && r.isNavigationRequest(), { timeout: 5000 });
  const start = Date.now();
  await act();
  await left;
  expect(Date.now() - start).toBeLessThan(1000);
  await page.waitForURL((u) => u.origin === NEUTRAL, { waitUntil: 'commit' });
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('/en/sops/travel/');
}

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('/en/');
    await page.goto('/en/sops/travel/');
  });

  test('the button leaves at once, and Back does not return to the exited page', async ({ page }) => {
    await expectLeaves(page, () => page.locator('.quick-exit').click());
  });

  test('pressing Shift three times leaves', async ({ page }) => {
    await expectLeaves(page, async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    });
  });

  test('the first Tab stop is the exit link, and Enter leaves', async ({ page }) => {
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link--exit')).toBeFocused();
    await expectLeaves(page, () => page.keyboard.press('Enter'));
  });

  test('typing capitals in a text field does not exit', async ({ page }) => {
    await page.goto('/en/checklists/travel-escort/');
    const field = page.locator('.checklist__field input');
    await field.click();
    await field.pressSequentially('CASE ABC');
    await page.keyboard.type('ABCDEF');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/en/checklists/travel-escort/');
  });

  test('offline, the exit goes to the neutral page of this site', async ({ page }) => {
    // The browser reports itself offline; the local neutral page is still served (as it is from
    // the offline copy when a reader has made one).
    await page.addInitScript(() => Object.defineProperty(navigator, 'onLine', { get: () => false }));
    await page.goto('/en/sops/travel/');
    const left = page.waitForRequest((r) => r.url().endsWith('/exit.html') && r.isNavigationRequest(), { timeout: 5000 });
    const start = Date.now();
    await page.locator('.quick-exit').click();
    await left;
    expect(Date.now() - start).toBeLessThan(1000);
    await page.waitForURL(/\/exit\.html$/);
    await expect(page.locator('h1')).toHaveText('Weather');
  });

  test('with the setting on, quick exit also deletes saved checklists', async ({ page }) => {
    await page.goto('/en/checklists/travel-escort/');
    await page.locator('[role="switch"]').check();
    await page.locator('li[data-item] input').first().check();
    await page.evaluate(() => localStorage.setItem('srh:settings', JSON.stringify({ wipeOnExit: true })));
    await page.locator('.quick-exit').click();
    await page.waitForURL((u) => u.origin === NEUTRAL);
    await page.goto('/en/');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('srh:checklist:')))).toEqual([]);
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the button is a plain link to the neutral site', async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('/ar/');
    await page.locator('.quick-exit').click();
    await page.waitForURL((u) => u.origin === NEUTRAL, { timeout: 1000 });
  });
});

test.describe('nothing leaves the browser', () => {
  test.skip(({ isMobile }) => isMobile, 'one crawl is enough');
  // Every page of every language (about 2,400), beside the other worker's accessibility scans.
  test.setTimeout(1_800_000);
  test('no page requests another origin, sets a cookie, stores anything or breaks the CSP', async ({ context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(`${r.frame().url()} → ${u}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as any).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const all = LOCALES.flatMap((l) => pagesOf(l.code));
    // Four tabs at a time: the crawl covers every page of every language in a few minutes.
    const queue = [...all];
    const tabs = await Promise.all([0, 1, 2, 3].map(() => context.newPage()));
    await Promise.all(tabs.map(async (tab) => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        await tab.goto(path, { waitUntil: 'domcontentloaded' });
        const v = await tab.evaluate(() => (window as any).__csp ?? []);
        if (v.length) violations.push(`${path}: ${v.join('; ')}`);
      }
    }));
    const page = tabs[0]!;
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    const dbs = await page.evaluate(async () => ((await indexedDB.databases?.()) ?? []).length);
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(storage).toEqual({ local: 0, session: 0 });
    expect(dbs).toBe(0);
    expect(all.length).toBeGreaterThan(100);
});
});
