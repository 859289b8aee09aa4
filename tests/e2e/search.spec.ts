/** Search: the right page for real queries in every language, filters, deep links, and no search code before use. */
import { test, expect, type Page } from '@playwright/test';

/** [locale, query, a page expected among the top three results] */
const QUERIES: [string, string, string][] = [
  ['en', 'risk assessment', '/en/sops/pre-departure/'],
  ['en', 'Morocco', '/en/countries/ma/'],
  ['en', 'family assessment form', '/en/sops/children/'],
  ['fr', 'Maroc', '/fr/countries/ma/'],
  ['fr', 'escorte', '/fr/sops/travel/'],
  ['fr', 'intérêt supérieur', '/fr/sops/children/'],
  ['ar', 'المرافقة', '/ar/sops/travel/'],
  ['ar', 'مصالح الطفل الفضلى', '/ar/sops/children/'],
  ['ar', 'خطة إعادة الإدماج', '/ar/sops/reintegration-plan/'],
  ['sq', 'fëmijët', '/sq/sops/children/'],
  ['sq', 'shoqërues', '/sq/sops/travel/'],
  ['sq', 'Shqipëria', '/sq/countries/al/'],
  ['uk', 'супровід', '/uk/sops/travel/'],
  ['uk', 'дитини', '/uk/sops/children/'],
  ['uk', 'Україна', '/uk/countries/ua/'],
];

async function results(page: Page) {
  await expect(page.locator('.result').first()).toBeVisible({ timeout: 15_000 });
  return page.locator('.result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

test.describe('search finds the right page', () => {
  test.skip(({ isMobile }) => isMobile, 'ranking does not depend on the viewport');
  for (const [locale, q, expected] of QUERIES) {
    test(`${locale}: "${q}" → ${expected}`, async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(q)}`);
      const hrefs = await results(page);
      expect(hrefs.slice(0, 3)).toContain(expected);
      for (const h of hrefs) expect(h.startsWith(`/${locale}/`)).toBe(true);
    });
  }
});

test('an inflected Ukrainian form finds pages written with another form', async ({ page }) => {
  await page.goto(`/uk/search/?q=${encodeURIComponent('дітей')}`);
  expect((await results(page)).length).toBeGreaterThan(0);
});

test('filters narrow the results, and a deep link restores query and filters', async ({ page }) => {
  await page.goto('/en/search/?q=return');
  const all = await results(page);
  await page.locator('.search__filters summary').click();
  await page.locator('.search__filters label', { hasText: 'Procedure' }).locator('input').check();
  const onlySops = () => page.locator('.result h2 a').evaluateAll((as) => as.length > 0 && as.every((a) => a.getAttribute('href')!.startsWith('/en/sops/')));
  await expect.poll(onlySops, { timeout: 15_000 }).toBe(true);
  expect((await results(page)).length).toBeLessThanOrEqual(all.length);
  expect(page.url()).toContain('type=Procedure');
  await page.goto(page.url());
  await expect(page.locator('#search-q')).toHaveValue('return');
  await expect(page.locator('.search__filters label', { hasText: 'Procedure' }).locator('input')).toBeChecked();
  await expect.poll(onlySops, { timeout: 15_000 }).toBe(true);
});

test('superseded versions are left out unless asked for', async ({ page }) => {
  await page.goto('/en/search/?q=escort');
  expect((await results(page)).some((h) => h.includes('/v/1.0/'))).toBe(false);
  await page.goto('/en/search/?q=escort&superseded=1');
  expect((await results(page)).some((h) => h.includes('/v/1.0/'))).toBe(true);
});

test('no search code is requested until search is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/en/sops/travel/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('search.astro'))).toEqual([]);
  await page.keyboard.type('escort');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=escort/);
  await results(page);
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header field submits to the search page, which explains and links the site index', async ({ page }) => {
    await page.goto('/fr/');
    await page.locator('#site-search-q').fill('Maroc');
    await page.locator('.site-search button').click();
    await expect(page).toHaveURL(/\/fr\/search\/\?q=Maroc/);
    await expect(page.locator('[data-nojs] a')).toHaveAttribute('href', '/fr/site-index/');
  });
});
