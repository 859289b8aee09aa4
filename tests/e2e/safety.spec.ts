/** Safety and privacy: quick exit (JS on and off), and nothing leaving the browser on any page. */
import { test, expect, type Page } from '@playwright/test';
import { pagesOf } from './pages.ts';
import { AXE_LOCALES, watchPrivacy, cspViolations, leftBehind } from './privacy.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { DEFAULT_EXIT_URL } from '../../src/lib/quick-exit.ts';

const NEUTRAL = new URL(DEFAULT_EXIT_URL).origin;

/** The neutral site is answered locally: tests never reach the network. */
async function fakeNeutralSite(page: Page) {
  await page.route(`${NEUTRAL}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>neutral' }));
}

/**
 * Do `act`, then check the browser started leaving within a second of the reader's action, and that
 * Back does not return to the exited page. Both moments are read from the browser's own clock (the
 * event's time, the next document's time origin), so Playwright's round trips are not counted as
 * the reader's wait.
 */
async function expectLeaves(page: Page, act: () => Promise<void>, arrived: (u: URL) => boolean = (u) => u.origin === NEUTRAL) {
  const actions: number[] = [];
  await page.exposeFunction('__action', (t: number) => actions.push(t));
  await page.evaluate(() => {
    for (const type of ['click', 'keydown']) addEventListener(type, (e) => (window as any).__action(performance.timeOrigin + e.timeStamp), { capture: true });
  });
  const from = page.url();
  await act();
  await page.waitForURL(arrived, { waitUntil: 'commit' });
  const leftAt = await page.evaluate(() => performance.timeOrigin);
  await expect.poll(() => actions.length).toBeGreaterThan(0);
  expect(leftAt - actions.at(-1)!).toBeLessThan(1000);
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toBe(from);
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
    await page.reload();
    await expectLeaves(page, () => page.locator('.quick-exit').click(), (u) => u.pathname === '/exit.html');
    await page.goto('/exit.html');
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
    await page.waitForURL((u) => u.origin === NEUTRAL);
  });
});

test.describe('nothing leaves the browser', () => {
  test.skip(({ isMobile }) => isMobile, 'one crawl is enough');
  // One language per test, so both workers share the crawl. en and ar are checked page by page
  // beside their accessibility scans (axe.spec.ts).
  test.describe.configure({ mode: 'parallel' });
  for (const { code } of LOCALES.filter((l) => !AXE_LOCALES.includes(l.code))) {
    test(`${code}: no page requests another origin, sets a cookie, stores anything or breaks the CSP`, async ({ browser, baseURL }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext();
      const watch = await watchPrivacy(context, new URL(baseURL!).origin);
      const page = await context.newPage();
      const violations: string[] = [];
      const paths = pagesOf(code);
      for (const path of paths) {
        await page.goto(new URL(path, baseURL).href, { waitUntil: 'domcontentloaded' });
        const v = await cspViolations(page);
        if (v.length) violations.push(`${path}: ${v.join('; ')}`);
      }
      expect(paths.length).toBeGreaterThan(100);
      expect(watch.foreign).toEqual([]);
      expect(violations).toEqual([]);
      expect(await leftBehind(page)).toEqual({ cookies: 0, local: 0, session: 0, indexedDB: 0 });
      await context.close();
    });
  }
});
