/** The skeleton: languages, direction, the language picker, the root chooser, and reading without JavaScript. */
import { test, expect } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';

for (const l of LOCALES) {
  test(`${l.code} home renders with lang="${l.code}" and dir="${l.dir}"`, async ({ page }) => {
    await page.goto(`/${l.code}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', l.code);
    await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('footer')).toContainText(useTranslations(l.code)('footer.disclaimer'));
  });
}

test('the language picker keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/sops/');
  const sop = page.locator('.journey a').first();
  const path = await sop.getAttribute('href');
  await sop.click();
  await expect(page).toHaveURL(path!);
  await page.locator('.lang-picker summary').click();
  await page.locator('.lang-picker a[hreflang="fr"]').click();
  await expect(page).toHaveURL(path!.replace('/en/', '/fr/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a page without its own translation shows English, marked lang="en", with a notice in the reader\'s language', async ({ page }) => {
  await page.goto('/uk/care/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  const notice = page.locator('.notice--info').first();
  await expect(notice).toBeVisible();
  expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('uk');
  await expect(notice.locator('a')).toHaveAttribute('href', '/uk/translation-status/');
});

test('the root sends a browser to its preferred language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await context.close();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the root lists every language', async ({ page }) => {
    await page.goto('/');
    for (const l of LOCALES) await expect(page.locator(`a[hreflang="${l.code}"]`)).toBeVisible();
  });

  test('a procedure reads in full: title, steps, sources, and the language picker opens', async ({ page }) => {
    await page.goto('/en/sops/');
    await page.locator('.journey a').first().click();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.steps > li').first()).toBeVisible();
    await expect(page.locator('#sources')).toBeVisible();
    await page.locator('.lang-picker summary').click();
    await expect(page.locator('.lang-picker a[hreflang="ar"]')).toBeVisible();
  });
});

test('keyboard: the second Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/en/about/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link--exit')).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link:not(.skip-link--exit)');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
