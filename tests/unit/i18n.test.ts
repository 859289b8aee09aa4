import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales.ts';
import { STRINGS, useTranslations } from '../../src/i18n/index.ts';
import { switchLocale, localeFromPath, dirOf, preferredLocale, href } from '../../src/lib/i18n.ts';

type Tree = { [k: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flatten to dotted keys, folding plural suffixes into their base key. */
function keys(tree: Tree, prefix = ''): { plain: Set<string>; plural: Map<string, Set<string>> } {
  const plain = new Set<string>();
  const plural = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix + k;
    if (typeof v === 'object') {
      const sub = keys(v, key + '.');
      sub.plain.forEach((x) => plain.add(x));
      sub.plural.forEach((s, b) => plural.set(b, s));
    } else if (PLURAL.test(key)) {
      const base = key.replace(PLURAL, '');
      plural.set(base, (plural.get(base) ?? new Set()).add(PLURAL.exec(key)![1]!));
    } else plain.add(key);
  }
  return { plain, plural };
}

const english = keys(STRINGS.en as Tree);

test('every locale in the table has a strings file, and every strings file a locale', () => {
  const files = readdirSync('src/i18n/strings').map((f) => f.replace('.json', '')).sort();
  assert.deepEqual(files, LOCALES.map((l) => l.code).sort());
  assert.deepEqual(Object.keys(STRINGS).sort(), files);
});

for (const { code } of LOCALES) {
  test(`${code}: has every UI string that English has, and no others`, () => {
    const own = keys(STRINGS[code] as Tree);
    assert.deepEqual([...english.plain].filter((k) => !own.plain.has(k)), [], 'missing keys');
    assert.deepEqual([...own.plain].filter((k) => !english.plain.has(k)), [], 'keys English does not have');
    assert.deepEqual([...english.plural.keys()].filter((k) => !own.plural.has(k)), [], 'missing plural keys');
  });

  test(`${code}: every plural string has each plural form the language needs`, () => {
    const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [base, forms] of keys(STRINGS[code] as Tree).plural) {
      for (const form of needed) assert.ok(forms.has(form), `${base}_${form} missing`);
    }
  });
}

test('Arabic picks the right plural form for 0, 1, 2, 3 and 11', () => {
  const t = useTranslations('ar');
  const forms = [0, 1, 2, 3, 11].map((count) => t('sources.count', { count }).replace(/\d+/g, '#'));
  assert.equal(new Set(forms).size, 5, `expected five different forms, got ${forms.join(' | ')}`);
});

test('Ukrainian picks different forms for 1, 3 and 5', () => {
  const t = useTranslations('uk');
  const forms = [1, 3, 5].map((count) => t('sources.count', { count }).replace(/\d+/g, '#'));
  assert.equal(new Set(forms).size, 3, forms.join(' | '));
});

test('a key that exists nowhere throws instead of printing the raw key', () => {
  assert.throws(() => useTranslations('fr')('no.such.key'), /no\.such\.key/);
});

test('switching language keeps the rest of the path', () => {
  assert.equal(switchLocale('/fr/sops/travel/', 'ar'), '/ar/sops/travel/');
  assert.equal(switchLocale('/en/', 'uk'), '/uk/');
  assert.equal(switchLocale('/', 'sq'), '/sq/');
});

test('reads the locale from a path and the direction from the locale', () => {
  assert.equal(localeFromPath('/ar/glossary/'), 'ar');
  assert.equal(localeFromPath('/xx/'), 'en');
  assert.equal(dirOf('ar'), 'rtl');
  assert.equal(dirOf('fr'), 'ltr');
});

test('chooses the browser language by primary subtag, else none', () => {
  assert.equal(preferredLocale(['ja', 'fr-CA', 'en']), 'fr');
  assert.equal(preferredLocale(['de-DE', 'fr']), 'de');
  assert.equal(preferredLocale(['ja']), null);
});

test('builds paths with a trailing slash', () => {
  assert.equal(href('fr', 'sops', 'travel'), '/fr/sops/travel/');
  assert.equal(href('ar'), '/ar/');
});

test('no strings file has an empty value', () => {
  for (const { code } of LOCALES) {
    const text = readFileSync(`src/i18n/strings/${code}.json`, 'utf8');
    assert.doesNotMatch(text, /:\s*""/, `${code}.json has an empty string`);
  }
});
