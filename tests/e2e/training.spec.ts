/** Trainer mode: presenting with the keyboard, the speaker view following, and the print variants. */
import { test, expect } from '@playwright/test';

const MODULE = '/en/training/trafficking-and-return/';

test('presentation keys move the slides, and the speaker view follows', async ({ page, context }) => {
  await page.goto(MODULE);
  const speaker = await context.newPage();
  await speaker.goto(`${MODULE}facilitator/?speaker`);
  await expect(speaker.locator('.present-overlay .present-bar')).toContainText('1 /');
  await page.locator('srh-present button').click();
  const bar = page.locator('.present-overlay .present-bar');
  await expect(bar).toContainText('1 /');
  const total = Number((await bar.textContent())!.split('/')[1]);
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('2 /');
  await page.keyboard.press('PageDown');
  await expect(bar).toContainText('3 /');
  await expect(speaker.locator('.present-overlay .present-bar')).toContainText('3 /');
  await expect(speaker.locator('.present-overlay .present-timer')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(bar).toContainText('2 /');
  await page.keyboard.press('End');
  await expect(bar).toContainText(`${total} / ${total}`);
  await page.keyboard.press('Home');
  await expect(bar).toContainText('1 /');
  await page.keyboard.press('Escape');
  await expect(page.locator('.present-overlay')).toHaveCount(0);
});

test('Shift pressed three times still exits while presenting', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (r) => r.fulfill({ body: 'neutral' }));
  await page.goto(MODULE);
  await page.locator('srh-present button').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(/bbc\.co\.uk/);
});

test('an SOP page can be presented too', async ({ page }) => {
  await page.goto('/fr/sops/travel/');
  await page.locator('srh-present button').click();
  await expect(page.locator('.present-overlay .present-bar')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-overlay h2')).toBeVisible();
});

test('the participant print has no notes or answers; the facilitator print has them', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(MODULE);
  await expect(page.locator('.facilitator-notes, .answer')).toHaveCount(0);
  await expect(page.locator('.scenario').first()).toBeVisible();
  await page.goto(`${MODULE}facilitator/`);
  await expect(page.locator('.facilitator-notes').first()).toBeVisible();
  await expect(page.locator('.answer').first()).toBeVisible();
});

test('facilitator guides are not in the search index', async ({ page }) => {
  await page.goto('/en/search/?q=facilitator');
  await page.waitForSelector('[data-status]:not(:empty)');
  await page.waitForFunction(() => !/Loading/.test(document.querySelector('[data-status]')!.textContent!));
  const hrefs = await page.locator('.result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => h.includes('/facilitator/'))).toEqual([]);
});
