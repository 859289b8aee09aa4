/** Checks over every page of the built site (dist/), in every language. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { htmlPages, brokenLinks, pageWeight, pageType, fileFor } from '../../scripts/checks/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const ROOT = process.env.HANDBOOK_OUT ?? 'dist';
/**
 * Byte budgets, gzip, per page: HTML + CSS + JS loaded before any interaction. Content pages get
 * 40 KB. The country comparison gets more because it is twelve profiles' facts on one page (it
 * replaces twelve page loads); its cells cite numbered sources to stay lean.
 */
const BUDGETS: { type: string; bytes: number }[] = [
  { type: 'countries/compare', bytes: 100 * 1024 },
  { type: '*', bytes: 40 * 1024 },
];
const budgetFor = (page: string) => BUDGETS.find((b) => b.type === '*' || page.includes(`/${b.type}/`))!.bytes;

test('every language has a home page with the right lang and dir', () => {
  for (const l of LOCALES) {
    const html = readFileSync(fileFor(ROOT, `/${l.code}/`), 'utf8');
    assert.match(html, new RegExp(`<html lang="${l.code}" dir="${l.dir}"`), l.code);
  }
});

test('every internal link and #anchor in every page leads somewhere', () => {
  const broken = brokenLinks(ROOT);
  assert.deepEqual(broken.slice(0, 30), [], `${broken.length} broken links`);
});

test('every page stays within its byte budget (HTML+CSS+JS gzip: 40 KB, the comparison 100 KB)', () => {
  const weights = htmlPages(ROOT).map((p) => pageWeight(ROOT, p));
  const byType = new Map<string, { n: number; max: number; worst: string; js: number }>();
  for (const w of weights) {
    const t = pageType(w.page);
    const s = byType.get(t) ?? { n: 0, max: 0, worst: '', js: 0 };
    s.n++;
    if (w.total > s.max) Object.assign(s, { max: w.total, worst: w.page });
    s.js = Math.max(s.js, w.js);
    byType.set(t, s);
  }
  console.log('page type          pages   max total (gzip)   max JS   worst page');
  for (const [t, s] of [...byType].sort()) console.log(`${t.padEnd(18)} ${String(s.n).padStart(5)}   ${(s.max / 1024).toFixed(1).padStart(8)} KB   ${(s.js / 1024).toFixed(1).padStart(6)} KB   ${s.worst}`);
  const over = weights.filter((w) => w.total > budgetFor(w.page)).sort((a, b) => b.total - a.total);
  assert.deepEqual(over.map((w) => `${w.page}: ${(w.total / 1024).toFixed(1)} KB`), []);
});

test('no page sets a raw i18n key or an empty title', () => {
  for (const p of htmlPages(ROOT)) {
    const html = readFileSync(fileFor(ROOT, p), 'utf8');
    assert.doesNotMatch(html, /<title>\s*<\/title>/, p);
    assert.doesNotMatch(html, />\s*(?:nav|site|editorial|sources|footer|fallback|status|home|sops)\.[a-zA-Z_]+\s*</, `${p} shows a raw string key`);
  }
});

test('the search index exists for each language with pages', () => {
  assert.ok(existsSync(`${ROOT}/pagefind/pagefind.js`));
  const entry = JSON.parse(readFileSync(`${ROOT}/pagefind/pagefind-entry.json`, 'utf8'));
  for (const l of LOCALES) assert.ok(entry.languages[l.code], `no index for ${l.code}`);
});
