/**
 * Locale helpers for URLs and text direction. Pure: the locale table is passed in or imported
 * from src/i18n/locales.ts, which has no Astro dependency.
 */
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** True when `code` is one of the site's locales. */
export function isLocale(code: string | undefined): code is Locale {
  return LOCALES.some((l) => l.code === code);
}

/** Writing direction of a locale (`rtl` for Arabic). Unknown codes read left to right. */
export function dirOf(code: string): 'ltr' | 'rtl' {
  return LOCALES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** The locale a site path starts with (`/fr/sops/` → `fr`), or the default locale. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The same page in another locale: `/fr/sops/travel/` → `/ar/sops/travel/`. */
export function switchLocale(pathname: string, to: Locale): string {
  const parts = pathname.split('/').filter(Boolean);
  if (isLocale(parts[0])) parts.shift();
  return href(to, ...parts);
}

/** A site path for `locale` from path segments: `href('fr', 'sops', 'travel')` → `/fr/sops/travel/`. */
export function href(locale: string, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/**
 * The language a browser prefers among ours, from `navigator.languages` order:
 * exact match first, then the primary subtag (`fr-CA` → `fr`), else null.
 */
export function preferredLocale(languages: readonly string[]): Locale | null {
  for (const lang of languages) {
    const primary = lang.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}
