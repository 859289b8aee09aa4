/** Versions a reader can trust: the switcher keeps language and place; feeds are valid XML. */
import { test, expect } from '@playwright/test';

test('switching versions keeps the language and the step being read', async ({ page }) => {
  await page.goto('/fr/sops/travel/');
  await page.evaluate(() => document.getElementById('decide-escort')!.scrollIntoView({ block: 'start' }));
  await page.locator('.version-switcher summary').click();
  await page.locator('.version-switcher a[data-version-link]', { hasText: '1.0' }).click();
  await expect(page).toHaveURL(/\/fr\/sops\/travel\/v\/1\.0\/#decide-escort$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const top = await page.locator('#decide-escort').evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(200);
});

test('the version switcher is a list of links without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/sops/travel/');
  await page.locator('.version-switcher summary').click();
  await expect(page.locator('.version-switcher a[href="/en/sops/travel/v/1.0/"]')).toBeVisible();
  await context.close();
});

for (const locale of ['en', 'ar']) {
  test(`the ${locale} feed is well-formed XML and lists the versions`, async ({ page, request }) => {
    const res = await request.get(`/${locale}/feed.xml`);
    expect(res.ok()).toBe(true);
    const xml = await res.text();
    await page.goto(`/${locale}/`);
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, items: doc.querySelectorAll('item').length, lang: doc.querySelector('language')?.textContent };
    }, xml);
    expect(result.error).toBeNull();
    expect(result.items).toBeGreaterThanOrEqual(16);
    expect(result.lang).toBe(locale);
  });
}
