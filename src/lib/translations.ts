/**
 * Translation status: is a translated page current, outdated or missing? Which file does a reader
 * of a locale get? Pure functions; the build feeds them the English source and the translation's record.
 */
import { createHash } from 'node:crypto';

/**
 * The hash a translation records of the English text it was made from: first 12 hex characters of
 * SHA-256 over the body with line endings normalised and outer white space trimmed.
 */
export function sourceHash(body: string): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** What a reader of `locale` gets: the translation when there is one, else the English source. */
export interface Picked<T> {
  value: T;
  /** The language of the text actually shown. */
  lang: string;
  /** true when the reader's language has no file and English is shown instead. */
  fallback: boolean;
}

/** Pick the file for `locale` from a page's files by language, falling back to `source`. */
export function pickTranslation<T>(byLang: ReadonlyMap<string, T>, locale: string, source = 'en'): Picked<T> | undefined {
  const own = byLang.get(locale);
  if (own !== undefined) return { value: own, lang: locale, fallback: false };
  const fallback = byLang.get(source);
  if (fallback !== undefined) return { value: fallback, lang: source, fallback: true };
  return undefined;
}

export type TranslationStatus = 'source' | 'current' | 'outdated' | 'missing';

/**
 * Status of one language of one page: `missing` with no file; `outdated` when the recorded source
 * hash (or version) no longer matches the English file; `current` otherwise.
 */
export function translationStatus(args: {
  locale: string;
  source?: { hash: string; version?: string };
  translation?: { sourceHash: string; sourceVersion?: string };
  sourceLocale?: string;
}): TranslationStatus {
  const { locale, source, translation, sourceLocale = 'en' } = args;
  if (locale === sourceLocale) return 'source';
  if (!translation) return 'missing';
  if (!source) return 'outdated';
  if (source.version !== undefined && translation.sourceVersion !== undefined && source.version !== translation.sourceVersion) return 'outdated';
  return translation.sourceHash === source.hash ? 'current' : 'outdated';
}
