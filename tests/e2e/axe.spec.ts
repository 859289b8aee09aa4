/** WCAG 2.2 A/AA over every built page in English and Arabic (right to left): zero violations. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pagesOf } from './pages.ts';

for (const locale of ['en', 'ar']) {
  for (const path of pagesOf(locale)) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}
