/** Versioned country facts: the 2017 picture beside today's, and corridors that say when to check. */
import { test, expect } from '@playwright/test';

test('a country has a frozen 2017 page and a then/now view that labels changes in words', async ({ page }) => {
  await page.goto('/en/countries/ma/v/2017/');
  await expect(page.locator('.version-banner')).toBeVisible();
  await page.goto('/en/countries/ma/changes/2017...2026/');
  await expect(page.locator('.then-now tbody tr')).toHaveCount(17);
  await expect(page.locator('.then-now__label', { hasText: /^(changed|now documented|added)$/ }).first()).toBeVisible();
});

test('the comparison offers the situation as of 2017 and now, as links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/countries/compare/');
  await page.locator('.compare__asof a', { hasText: '2017' }).click();
  await expect(page).toHaveURL(/\/fr\/countries\/compare\/2017\/$/);
  await expect(page.locator('.compare__asof [aria-current="page"]')).toHaveText('2017');
  await context.close();
});

test('a corridor states the date of its facts and flags old ones', async ({ page }) => {
  await page.goto('/en/trm/corridors/fr-ma/');
  await expect(page.locator('.fact__meta').first()).toContainText(/describes the situation in \d{4}/);
  await expect(page.locator('[data-check-before-use]')).toBeVisible();
  expect(await page.locator('.fact__check').count()).toBeGreaterThan(0);
});

test('unticking a country hides its column without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/countries/compare/');
  // A cell, not the header: on phones the header row is hidden and each row becomes a card.
  const cell = page.locator('td[data-country="ma"]').first();
  await expect(cell).toBeVisible();
  await page.locator('#show-ma').uncheck();
  await expect(cell).toBeHidden();
  await context.close();
});
