/** Dates and numbers for a locale, through Intl (no hand-made formats). */

/** A calendar day in the reader's language: `28 November 2026`, `28 novembre 2026`. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO day (`2026-11-28`) for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A language's name in another language: `languageName('fr', 'en')` → `French`. */
export function languageName(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}

/** True when a page's next review date has passed on `today`. */
export function isOverdue(nextReview: Date, today: Date): boolean {
  return isoDay(nextReview) < isoDay(today);
}
