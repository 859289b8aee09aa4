/** Checklists in the browser: nothing kept unless asked, cases, export/import, print, and no JavaScript. */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ID = 'travel-escort';

async function storageKeys(page: Page) {
  return page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
}

for (const locale of ['en', 'ar']) {
  test.describe(`checklist (${locale})`, () => {
    const url = `/${locale}/checklists/${ID}/`;

    test('ticks are not kept after a reload unless saving is on', async ({ page }) => {
      await page.goto(url);
      const first = page.locator('li[data-item] input').first();
      await first.check();
      await expect(page.locator('.checklist__progress')).toContainText('1');
      expect(await storageKeys(page)).toEqual({ local: [], session: [] });
      await page.reload();
      await expect(first).not.toBeChecked();

      await page.locator('[role="switch"]').check();
      await first.check();
      await page.reload();
      await expect(first).toBeChecked();
      await expect(page.locator('[role="switch"]')).toBeChecked();
    });

    test('two cases keep their own ticks', async ({ page }) => {
      await page.goto(url);
      await page.locator('[role="switch"]').check();
      await page.locator('.checklist__field input').fill('CASE-A');
      const items = page.locator('li[data-item]:not([hidden]) input');
      await items.nth(0).check();
      await page.getByRole('button', { name: /new case|dossier|جديدة|i ri|нова/i }).click();
      await page.locator('.checklist__field input').fill('CASE-B');
      await items.nth(1).check();
      await page.reload();
      const select = page.locator('.checklist__field select');
      await select.selectOption({ label: 'CASE-A' });
      await expect(items.nth(0)).toBeChecked();
      await expect(items.nth(1)).not.toBeChecked();
      await select.selectOption({ label: 'CASE-B' });
      await expect(items.nth(0)).not.toBeChecked();
      await expect(items.nth(1)).toBeChecked();
    });

    test('a condition shows its items, and progress counts only shown items', async ({ page }) => {
      await page.goto(url);
      const escortItems = page.locator('li[data-condition="escort"]');
      await expect(escortItems.first()).toBeHidden();
      const before = await page.locator('.checklist__progress').textContent();
      await page.locator('input[data-condition="escort"]').check();
      await expect(escortItems.first()).toBeVisible();
      expect(await page.locator('.checklist__progress').textContent()).not.toBe(before);
    });

    test('an exported case imports into a clean browser profile unchanged', async ({ page, browser }) => {
      await page.goto(url);
      await page.locator('.checklist__field input').fill('HANDOVER-1');
      await page.locator('li[data-item]:not([hidden]) input').nth(2).check();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /export|exporter|تصدير|eksport|експорт/i }).click();
      const file = await (await download).path();

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      other.on('dialog', (d) => d.accept());
      await other.goto(url);
      await other.locator('input[type="file"]').setInputFiles(file!);
      await expect(other.locator('.checklist__field input')).toHaveValue('HANDOVER-1');
      await expect(other.locator('li[data-item]:not([hidden]) input').nth(2)).toBeChecked();
      expect(await storageKeys(other)).toEqual({ local: [], session: [] });
      await fresh.close();
    });

    test('a hostile file is refused and changes nothing', async ({ page }) => {
      await page.goto(url);
      await page.locator('li[data-item]:not([hidden]) input').first().check();
      await page.locator('input[type="file"]').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"srh-checklist-case","v":1,"label":"<img src=x onerror=alert(1)>"}') });
      await expect(page.locator('[data-status]')).not.toBeEmpty();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(page.locator('li[data-item]:not([hidden]) input').first()).toBeChecked();
    });

    test('print shows the ticks, the versions and the case reference', async ({ page }) => {
      await page.goto(url);
      await page.locator('.checklist__field input').fill('PRINT-9');
      await page.locator('li[data-item]:not([hidden]) input').first().check();
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-print-meta]')).toBeVisible();
      await expect(page.locator('[data-print-meta]')).toContainText('PRINT-9');
      await expect(page.locator('.checklist__meta')).toContainText('1.0');
      await expect(page.locator('li[data-item] input').first()).toBeChecked();
      await expect(page.locator('.checklist__tools')).toBeHidden();
    });
  });
}

test.describe('checklist without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is a plain printable list with real checkboxes, fieldsets and legends, every item shown', async ({ page }) => {
    await page.goto(`/en/checklists/${ID}/`);
    const items = page.locator('li[data-item]');
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) await expect(items.nth(i)).toBeVisible();
    await expect(page.locator('.checklist__group legend').first()).toBeVisible();
    await page.locator('li[data-item] input').first().check();
    await expect(page.locator('li[data-item] input').first()).toBeChecked();
    await expect(page.locator('.checklist__tools')).toBeHidden();
    await expect(page.locator('.checklist__when').first()).toBeVisible();
  });
});

test('pages without a checklist load no checklist code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/en/about/');
  expect(scripts.filter((s) => s.includes('Checklist'))).toEqual([]);
});

test('SOP pages embed the checklist that implements them', async ({ page }) => {
  await page.goto('/en/sops/travel/');
  await expect(page.locator('#checklist')).toBeVisible();
  await expect(page.locator('srh-checklist')).toHaveCount(1);
});
