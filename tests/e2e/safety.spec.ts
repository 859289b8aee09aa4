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

async function expectLeft(page: Page, start: number) {
  await page.waitForURL((u) => u.origin === NEUTRAL, { timeout: 1000 });
  expect(Date.now() - start).toBeLessThan(1000);
  const back = await page.evaluate(() => history.length);
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('/en/sops/travel/');
  return back;
}

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('/en/');
    await page.goto('/en/sops/travel/');
  });

  test('the button leaves at once, and Back does not return to the exited page', async ({ page }) => {
    const start = Date.now();
    await page.locator('.quick-exit').click();
    await expectLeft(page, start);
  });

  test('pressing Shift three times leaves', async ({ page }) => {
    const start = Date.now();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectLeft(page, start);
  });

  test('the first Tab stop is the exit link, and Enter leaves', async ({ page }) => {
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link--exit')).toBeFocused();
    const start = Date.now();
    await page.keyboard.press('Enter');
    await expectLeft(page, start);
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
    const start = Date.now();
    await page.locator('.quick-exit').click();
    await page.waitForURL(/\/exit\.html$/, { timeout: 1000 });
    expect(Date.now() - start).toBeLessThan(1000);
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
  test.setTimeout(600_000);
  test('no page requests another origin, sets a cookie, stores anything or breaks the CSP', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(`${page.url()} → ${u}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as any).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const all = LOCALES.flatMap((l) => pagesOf(l.code));
    for (const path of all) {
      await page.goto(path);
      const v = await page.evaluate(() => (window as any).__csp ?? []);
      if (v.length) violations.push(`${path}: ${v.join('; ')}`);
    }
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
