import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offlineSetOf, groupManifest, offlineSizes, cacheNameOf, setOfCacheName, formatBytes, workerUrl, langsOfWorkerUrl, SHARED } from '../../src/lib/offline.ts';

const LANGS = ['en', 'ar', 'uk'];

test('a page belongs to the language of its first path segment', () => {
  assert.equal(offlineSetOf('ar/sops/travel/index.html', LANGS), 'ar');
  assert.equal(offlineSetOf('/uk/manifest.webmanifest', LANGS), 'uk');
});

test("Pagefind's per-language files belong to their language", () => {
  assert.equal(offlineSetOf('pagefind/pagefind.ar_43b76d4bd9.pf_meta', LANGS), 'ar');
  assert.equal(offlineSetOf('pagefind/wasm.uk.pagefind', LANGS), 'uk');
  assert.equal(offlineSetOf('pagefind/fragment/en_0195073.pf_fragment', LANGS), 'en');
  assert.equal(offlineSetOf('pagefind/index/ar_5cd3785.pf_index', LANGS), 'ar');
  assert.equal(offlineSetOf('pagefind/filter/uk_125d26c.pf_filter', LANGS), 'uk');
});

test('code, styles, the search runtime and the exit page are shared by every language', () => {
  for (const url of ['_astro/checklist.C72qGsxn.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'exit.html', 'index.html', 'build.json', 'favicon.svg'])
    assert.equal(offlineSetOf(url, LANGS), SHARED, url);
});

test('a language the site does not have is never a set of its own', () => {
  assert.equal(offlineSetOf('de/index.html', LANGS), SHARED);
  assert.equal(offlineSetOf('pagefind/wasm.de.pagefind', LANGS), SHARED);
  assert.equal(offlineSetOf('english/index.html', LANGS), SHARED);
});

test('grouping keeps every entry exactly once and lists every language, even an empty one', () => {
  const entries = [
    { url: 'ar/index.html', revision: '1' },
    { url: '_astro/a.js', revision: null },
    { url: 'pagefind/wasm.ar.pagefind', revision: '2' },
  ];
  const sets = groupManifest(entries, LANGS);
  assert.deepEqual([...sets.keys()], [SHARED, 'en', 'ar', 'uk']);
  assert.deepEqual(sets.get('ar')!.map((e) => e.url), ['ar/index.html', 'pagefind/wasm.ar.pagefind']);
  assert.deepEqual(sets.get('en'), []);
  assert.equal([...sets.values()].flat().length, entries.length);
});

test('sizes add up per set', () => {
  const sizes = offlineSizes([
    { url: 'ar/index.html', revision: '1', size: 100 },
    { url: 'ar/x/index.html', revision: '1', size: 50 },
    { url: '_astro/a.js', revision: null, size: 7 },
  ], LANGS);
  assert.deepEqual(sizes, { [SHARED]: 7, en: 0, ar: 150, uk: 0 });
});

test('cache names round-trip, and other caches are not ours', () => {
  assert.equal(setOfCacheName(cacheNameOf('ar')), 'ar');
  assert.equal(setOfCacheName('workbox-precache-v2'), undefined);
});

test('sizes read in the reader’s language and units', () => {
  assert.equal(formatBytes(4_830_000, 'en'), '4.8 MB');
  assert.equal(formatBytes(350_000, 'en'), '350 kB');
  assert.equal(formatBytes(4_830_000, 'fr').replace(/\s/g, ' '), '4,8 Mo'); // French puts a no-break space before the unit
  assert.match(formatBytes(12, 'en'), /^1 kB$/);
});

test('the worker URL names its languages once each, in a stable order', () => {
  assert.equal(workerUrl(['uk', 'ar', 'uk']), '/sw.js?langs=ar,uk');
  assert.equal(workerUrl([]), '/sw.js?langs=');
});

test('languages are read back from a worker URL, ignoring any the site does not have', () => {
  assert.deepEqual(langsOfWorkerUrl('http://localhost:4321/sw.js?langs=uk,ar,xx,ar', LANGS), ['ar', 'uk']);
  assert.deepEqual(langsOfWorkerUrl(workerUrl(['en']), LANGS), ['en']);
  assert.deepEqual(langsOfWorkerUrl('/sw.js', LANGS), []);
  assert.deepEqual(langsOfWorkerUrl(undefined, LANGS), []);
});
