/** The offline copy as built: what the service worker lists, what each language costs, the app manifests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../../scripts/checks/site.ts';
import { LOCALES, LOCALE_CODES } from '../../src/i18n/locales.ts';
import { offlineSetOf, SHARED, type OfflineSizes } from '../../src/lib/offline.ts';

const ROOT = process.env.HANDBOOK_OUT ?? 'dist';
const sw = readFileSync(join(ROOT, 'sw.js'), 'utf8');
const listed = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => `/${m[1]}`));

test('the service worker lists every page of every language, and no PDF', () => {
  const missing = htmlPages(ROOT).filter((p) => !listed.has(`${p}index.html`) && !listed.has(p));
  assert.deepEqual(missing.slice(0, 10), [], `${missing.length} pages not in sw.js`);
  assert.deepEqual([...listed].filter((u) => u.startsWith('/pdf/')), []);
});

test("each language's search index is listed with that language", () => {
  const entry = JSON.parse(readFileSync(join(ROOT, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  for (const { code } of LOCALES) {
    const files = [...listed].filter((u) => u.startsWith('/pagefind/') && offlineSetOf(u, LOCALE_CODES) === code);
    assert.ok(files.some((u) => u.endsWith('.pf_meta')), `${code}: no Pagefind metadata`);
    // Languages without a stemmer (sq, uk) use the shared `wasm.unknown.pagefind`.
    const wasm = entry.languages[code]?.wasm ?? 'unknown';
    assert.ok(listed.has(`/pagefind/wasm.${wasm}.pagefind`), `${code}: no Pagefind wasm`);
    assert.ok(files.some((u) => u.endsWith('.pf_fragment')), `${code}: no Pagefind fragments`);
  }
  assert.ok(listed.has('/pagefind/pagefind.js') && listed.has('/pagefind/pagefind-worker.js'), 'the search runtime is shared');
});

test('the offline page can tell the reader the cost of each language', () => {
  const sizes = JSON.parse(readFileSync(join(ROOT, 'offline.json'), 'utf8')) as OfflineSizes;
  for (const set of [SHARED, ...LOCALE_CODES]) assert.ok((sizes[set] ?? 0) > 50_000, `${set}: ${sizes[set]} bytes`);
});

test('each language has an app manifest with its own name, start page and existing icons', () => {
  for (const { code, dir } of LOCALES) {
    const manifest = JSON.parse(readFileSync(join(ROOT, code, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, `/${code}/`);
    assert.equal(manifest.lang, code);
    assert.equal(manifest.dir, dir);
    assert.ok(manifest.name.length > 3);
    for (const icon of manifest.icons) assert.ok(existsSync(join(ROOT, icon.src)), `${code}: ${icon.src}`);
    assert.ok(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512'), `${code}: a 512 px icon`);
    assert.match(readFileSync(join(ROOT, code, 'index.html'), 'utf8'), new RegExp(`<link rel="manifest" href="/${code}/manifest.webmanifest"`));
  }
});
