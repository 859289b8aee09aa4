/**
 * The site's languages. Add a language here (and its strings file in ./strings/): routing, the
 * language picker, `dir`, hreflang and the tests all read this list.
 */
export interface LocaleInfo {
  /** BCP 47 code, also the URL prefix (`/fr/`). */
  code: string;
  /** The language's name in itself, for the picker. */
  name: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** true: pages are translated into it; false: interface only, pages fall back to English. */
  content: boolean;
}

export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr', content: true },
  { code: 'fr', name: 'Français', dir: 'ltr', content: true },
  { code: 'ar', name: 'العربية', dir: 'rtl', content: true },
  { code: 'sq', name: 'Shqip', dir: 'ltr', content: true },
  { code: 'uk', name: 'Українська', dir: 'ltr', content: true },
  // The languages of the EU Member States in the projects: interface translated, pages in English
  // with a "not translated yet" notice until content is translated.
  { code: 'de', name: 'Deutsch', dir: 'ltr', content: false },
  { code: 'el', name: 'Ελληνικά', dir: 'ltr', content: false },
  { code: 'es', name: 'Español', dir: 'ltr', content: false },
  { code: 'it', name: 'Italiano', dir: 'ltr', content: false },
  { code: 'pl', name: 'Polski', dir: 'ltr', content: false },
  { code: 'pt', name: 'Português', dir: 'ltr', content: false },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['code'];

/** English is the source language: every page exists in it. */
export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_CODES: Locale[] = LOCALES.map((l) => l.code);
