/**
 * The offline copy, as pure data: which built files belong to which language's copy, and what the
 * service worker and the page tell each other. The caching itself is Workbox's (src/offline/sw.ts).
 *
 * A reader downloads one language at a time, so every file of the build belongs to exactly one set:
 * a language (its pages, its manifest, its search index) or `shared` (code, styles, icons, the
 * neutral exit page), which every language needs and which comes with the first download.
 */

/** A file of the build in Workbox's precache manifest. `revision` is null for content-hashed names. */
export interface ManifestEntry {
  url: string;
  revision: string | null;
}

export const SHARED = 'shared';

/** The Cache Storage name of a set. One cache per language, so deleting a language is one call. */
export const cacheNameOf = (set: string): string => `srh-offline-${set}`;

/** The set named by a cache name from `cacheNameOf`, or undefined for any other cache. */
export function setOfCacheName(name: string): string | undefined {
  return name.startsWith('srh-offline-') ? name.slice('srh-offline-'.length) : undefined;
}

/**
 * The set a built file belongs to. Pages live under `/<lang>/`; Pagefind names its per-language
 * files `pagefind.<lang>_<hash>.pf_meta`, `wasm.<lang>.pagefind` and `<dir>/<lang>_<hash>.<ext>`.
 */
export function offlineSetOf(url: string, languages: readonly string[]): string {
  const path = url.replace(/^\//, '');
  const first = path.split('/')[0]!;
  if (languages.includes(first)) return first;
  const pagefind = /^pagefind\/(?:pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta|wasm\.([a-z-]+)\.pagefind|(?:index|fragment|filter)\/([a-z-]+)_[0-9a-f]+\.pf_\w+)$/i.exec(path);
  const lang = pagefind?.[1] ?? pagefind?.[2] ?? pagefind?.[3];
  return lang && languages.includes(lang) ? lang : SHARED;
}

/** The manifest split into sets, in manifest order. Every set named in `languages` is present. */
export function groupManifest(entries: readonly ManifestEntry[], languages: readonly string[]): Map<string, ManifestEntry[]> {
  const sets = new Map<string, ManifestEntry[]>([[SHARED, []], ...languages.map((l) => [l, []] as [string, ManifestEntry[]])]);
  for (const e of entries) sets.get(offlineSetOf(e.url, languages))!.push(e);
  return sets;
}

/**
 * The service worker's URL names the languages it keeps: `/sw.js?langs=ar,fr`. Adding or removing
 * a language registers the worker under a new URL, which installs it afresh; so every download
 * happens in a service worker install, the moment Workbox's precaching is made for, and the
 * browser's own update checks keep the same languages.
 */
export function workerUrl(langs: readonly string[]): string {
  return `/sw.js?langs=${[...new Set(langs)].sort().join(',')}`;
}

/** The languages named by a worker URL (absolute or not), restricted to the site's languages. */
export function langsOfWorkerUrl(url: string | undefined, languages: readonly string[]): string[] {
  if (!url) return [];
  const list = new URL(url, 'http://x').searchParams.get('langs') ?? '';
  return [...new Set(list.split(','))].filter((l) => languages.includes(l)).sort();
}

/** What the build says about itself (`/build.json`), shown as "Offline copy from <date>". */
export interface BuildInfo {
  /** The handbook's release (package.json version). */
  version: string;
  /** When the site was built, ISO 8601. */
  date: string;
}

/** Bytes to download per set (`/offline.json`), so the reader knows the cost before saying yes. */
export type OfflineSizes = Record<string, number>;

/** Total bytes per set of a manifest whose entries carry their size (workbox-build's do). */
export function offlineSizes(entries: readonly (ManifestEntry & { size: number })[], languages: readonly string[]): OfflineSizes {
  const sizes: OfflineSizes = Object.fromEntries([SHARED, ...languages].map((s) => [s, 0]));
  for (const e of entries) sizes[offlineSetOf(e.url, languages)]! += e.size;
  return sizes;
}

/** How far one language's copy is: files stored out of files listed. */
export interface SetProgress {
  done: number;
  total: number;
}

/** The service worker's answer to `status`. */
export interface OfflineStatus {
  build: BuildInfo | null;
  /** The languages this worker keeps, with how many of their files are stored. */
  languages: Record<string, SetProgress>;
}

/** Messages from a page to the service worker. `SKIP_WAITING` is workbox-window's own. */
export type ToWorker = { type: 'status' } | { type: 'SKIP_WAITING' };

/** Messages from the service worker to its pages while a language downloads. */
export interface ProgressMessage extends SetProgress {
  type: 'progress';
  lang: string;
}

/** Bytes as the reader reads them, in the reader's language: "4.8 MB", "٤٫٨ ميغابايت", "350 kB". */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
