/**
 * Every built page in English and Arabic (right to left): WCAG 2.2 A/AA with zero axe violations,
 * and nothing leaving the browser (see privacy.ts; the other languages are crawled in safety.spec).
 *
 * Pages are scanned in batches of BATCH, each batch one test with one reused page, so both workers
 * share the work; a failing page is reported by its path (soft assertions) and the batch goes on.
 * axe-core is added by an init script: about half a second a page, against three times that for a
 * fresh page and frame plumbing per scan.
 */
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { pagesOf } from './pages.ts';
import { AXE_LOCALES, watchPrivacy, cspViolations, leftBehind } from './privacy.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCH = 40;

test.describe.configure({ mode: 'parallel' });

for (const locale of AXE_LOCALES) {
  const pages = pagesOf(locale);
  for (let from = 0; from < pages.length; from += BATCH) {
    const batch = pages.slice(from, from + BATCH);
    test(`${locale} pages ${from + 1}–${from + batch.length} of ${pages.length}: axe and privacy`, async ({ browser, baseURL }) => {
      test.setTimeout(batch.length * 10_000);
      const context = await browser.newContext();
      const watch = await watchPrivacy(context, new URL(baseURL!).origin);
      await context.addInitScript(axeSource);
      const page = await context.newPage();
      for (const path of batch) {
        watch.foreign.length = 0;
        await page.goto(new URL(path, baseURL).href);
        const violations = await page.evaluate(
          (tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r: any) =>
            r.violations.map((v: any) => `${v.id}: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')}`)),
          TAGS,
        );
        expect.soft(violations, `axe on ${path}`).toEqual([]);
        expect.soft(watch.foreign, `other origins from ${path}`).toEqual([]);
        expect.soft(await cspViolations(page), `CSP on ${path}`).toEqual([]);
      }
      expect(await leftBehind(page)).toEqual({ cookies: 0, local: 0, session: 0, indexedDB: 0 });
      expect(batch.length).toBeGreaterThan(0);
      await context.close();
    });
  }
}
