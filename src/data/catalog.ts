/**
 * The bridge between Astro's content collections and the pure logic in src/lib: it loads every
 * collection once, runs the cross-file checks (a problem fails the build, naming file and field),
 * and groups files by page, version and language for the routes to render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALE_CODES, DEFAULT_LOCALE } from '../i18n/locales.ts';
import { validateFiles, formatProblems, type ContentFile } from '../lib/validate.ts';
import { sortVersions, currentVersion } from '../lib/versions.ts';
import { readFileSync } from 'node:fs';
import { pickTranslation, sourceHash, translationStatus, type Picked, type TranslationStatus } from '../lib/translations.ts';

type VersionedName = 'sops' | 'trm' | 'countries';
type Entry<C extends VersionedName | 'pages'> = CollectionEntry<C>;

/** One version of a versioned page, with its files by language. */
export interface Version<E> {
  version: string;
  /** Status of the English source of this version. */
  status: string;
  byLang: Map<string, E>;
}

/** A versioned page (an SOP, a TRM page, a country profile): its versions oldest first. */
export interface VersionedPage<E> {
  id: string;
  versions: Version<E>[];
  /** The version readers follow by default. */
  current: Version<E>;
}

function splitId(id: string): string[] {
  return id.split('/');
}

function groupVersioned<E extends { id: string; data: { status: string } }>(entries: E[]): Map<string, VersionedPage<E>> {
  const pages = new Map<string, Map<string, Map<string, E>>>();
  for (const e of entries) {
    const [page, version, lang] = splitId(e.id) as [string, string, string];
    const versions = pages.get(page) ?? new Map<string, Map<string, E>>();
    const byLang = versions.get(version) ?? new Map<string, E>();
    byLang.set(lang, e);
    versions.set(version, byLang);
    pages.set(page, versions);
  }
  const out = new Map<string, VersionedPage<E>>();
  for (const [id, versions] of pages) {
    const list = sortVersions(
      [...versions].flatMap(([version, byLang]) => {
        const source = byLang.get(DEFAULT_LOCALE);
        return source ? [{ version, status: source.data.status, byLang }] : [];
      }),
    );
    const current = currentVersion(list);
    if (current) out.set(id, { id, versions: list, current });
  }
  return out;
}

function toFile(collection: string, e: { id: string; filePath?: string; data: { status?: string; translation?: { sourceHash: string; sourceVersion?: string } } }, versioned: boolean): ContentFile {
  const parts = splitId(e.id);
  const locale = parts.at(-1)!;
  return {
    file: e.filePath ?? `content/${collection}/${e.id}`,
    page: `${collection}/${parts[0]}`,
    version: versioned ? parts[1] : undefined,
    locale,
    status: e.data.status,
    translation: e.data.translation,
  };
}

async function load() {
  const [sops, trm, countries, pages, glossary, countryData] = await Promise.all([
    getCollection('sops'),
    getCollection('trm'),
    getCollection('countries'),
    getCollection('pages'),
    getCollection('glossary'),
    getCollection('countryData'),
  ]);
  const files: ContentFile[] = [
    ...sops.map((e) => toFile('sops', e, true)),
    ...trm.map((e) => toFile('trm', e, true)),
    ...countries.map((e) => toFile('countries', e, true)),
    ...pages.map((e) => toFile('pages', e, false)),
    ...glossary.map((e) => ({ file: e.filePath ?? `content/glossary/${e.id}`, page: 'glossary', locale: e.id, translation: e.data.translation })),
  ];
  const problems = validateFiles(files, LOCALE_CODES, DEFAULT_LOCALE);
  // A country version is its facts (data.yaml) and its English text (en.mdx): one without the other is an error.
  const dataIds = new Set(countryData.map((e) => e.id.replace(/\/data$/, '')));
  for (const e of countries.filter((c) => c.id.endsWith('/en'))) {
    const key = e.id.replace(/\/en$/, '');
    if (!dataIds.has(key)) problems.push({ file: e.filePath ?? e.id, field: 'data.yaml', message: `no facts file content/countries/${key}/data.yaml beside this profile` });
  }
  for (const e of countryData) {
    const key = e.id.replace(/\/data$/, '');
    if (!countries.some((c) => c.id === `${key}/en`)) problems.push({ file: e.filePath ?? e.id, field: 'en.mdx', message: `no English profile text content/countries/${key}/en.mdx beside these facts` });
  }
  if (problems.length) throw new Error(formatProblems(problems));

  const pageMap = new Map<string, Map<string, Entry<'pages'>>>();
  for (const e of pages) {
    const [id, lang] = splitId(e.id) as [string, string];
    pageMap.set(id, (pageMap.get(id) ?? new Map()).set(lang, e));
  }
  return {
    sops: groupVersioned(sops),
    trm: groupVersioned(trm),
    countries: groupVersioned(countries),
    pages: pageMap,
    glossary: new Map(glossary.map((e) => [e.id, e])),
    /** Structured facts by `<iso2>/<version>`. */
    countryData: new Map(countryData.map((e) => [e.id.replace(/\/data$/, ''), e])),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything, loaded and checked once per build. */
export function catalog() {
  return (cached ??= load());
}

/** The SOPs in phase order. */
export async function sopsInOrder(): Promise<VersionedPage<Entry<'sops'>>[]> {
  const { sops } = await catalog();
  return [...sops.values()].sort(
    (a, b) => a.current.byLang.get(DEFAULT_LOCALE)!.data.phase - b.current.byLang.get(DEFAULT_LOCALE)!.data.phase,
  );
}

/** A general page for a reader of `locale` (English with `fallback: true` when untranslated). */
export async function page(id: string, locale: string): Promise<Picked<Entry<'pages'>> | undefined> {
  const byLang = (await catalog()).pages.get(id);
  return byLang && pickTranslation(byLang, locale);
}

/** The file of one version for a reader of `locale`. */
export function inLocale<E>(version: Version<E>, locale: string): Picked<E> {
  return pickTranslation(version.byLang, locale)!;
}

/** One row of the translation status table: a page and, per language, where its translation stands. */
export interface StatusRow {
  /** English title. */
  title: string;
  /** Path segments after the locale (`['sops', 'travel']`). */
  path: string[];
  /** Source file of the row, for the build report. */
  file: string;
  byLocale: Record<string, { status: TranslationStatus; method?: string }>;
}

/** Translation status of every current page in every language (the translation-status page and report). */
export async function translationRows(): Promise<StatusRow[]> {
  const c = await catalog();
  const rows: StatusRow[] = [];
  const row = (title: string, path: string[], byLang: Map<string, any>, version: string | undefined, sourceText: (e: any) => string) => {
    const source = byLang.get(DEFAULT_LOCALE)!;
    const hash = sourceHash(sourceText(source));
    const byLocale: StatusRow['byLocale'] = {};
    for (const locale of LOCALE_CODES) {
      const tr = byLang.get(locale);
      byLocale[locale] = {
        status: translationStatus({ locale, source: { hash, version }, translation: tr?.data.translation }),
        method: tr?.data.translation?.method,
      };
    }
    rows.push({ title: source.data.title ?? 'Glossary', path, file: source.filePath ?? '', byLocale });
  };
  const body = (e: any) => e.body ?? '';
  const pagePath: Record<string, string[]> = { home: [], 'sops-overview': ['sops'] };
  for (const [id, byLang] of c.pages) row(byLang.get(DEFAULT_LOCALE)!.data.title, pagePath[id] ?? [id], byLang, undefined, body);
  for (const sop of await sopsInOrder()) row(sop.current.byLang.get(DEFAULT_LOCALE)!.data.title, ['sops', sop.id], sop.current.byLang, sop.current.version, body);
  for (const [name, group] of [['trm', c.trm], ['countries', c.countries]] as const) {
    for (const p of group.values()) row(p.current.byLang.get(DEFAULT_LOCALE)!.data.title, [name, p.id], p.current.byLang, p.current.version, body);
  }
  if (c.glossary.has(DEFAULT_LOCALE)) row('Glossary', ['glossary'], c.glossary, undefined, (e) => readFileSync(e.filePath, 'utf8'));
  return rows;
}
