/**
 * UI strings through i18next: one JSON file per locale in ./strings/, one i18next instance for the
 * whole build. A key that exists in no language throws, so a raw key can never reach a page.
 */
import i18next, { type Resource, type TFunction } from 'i18next';
import { LOCALES, DEFAULT_LOCALE } from './locales.ts';
import en from './strings/en.json' with { type: 'json' };
import fr from './strings/fr.json' with { type: 'json' };
import ar from './strings/ar.json' with { type: 'json' };
import sq from './strings/sq.json' with { type: 'json' };
import uk from './strings/uk.json' with { type: 'json' };
import de from './strings/de.json' with { type: 'json' };
import el from './strings/el.json' with { type: 'json' };
import es from './strings/es.json' with { type: 'json' };
import it from './strings/it.json' with { type: 'json' };
import pl from './strings/pl.json' with { type: 'json' };
import pt from './strings/pt.json' with { type: 'json' };

/** Every locale's strings, by locale code. */
export const STRINGS: Record<string, unknown> = { en, fr, ar, sq, uk, de, el, es, it, pl, pt };

const instance = i18next.createInstance();
instance.init({
  initAsync: false,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES.map((l) => l.code),
  resources: Object.fromEntries(Object.entries(STRINGS).map(([lng, s]) => [lng, { translation: s }])) as Resource,
  // Pages are HTML-escaped by Astro already; escaping twice would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (_lngs: readonly string[], _ns: string, key: string) => {
    throw new Error(`UI string "${key}" is missing from src/i18n/strings/en.json`);
  },
});

/** The translate function for one locale. */
export function useTranslations(locale: string): TFunction {
  return instance.getFixedT(locale);
}

/**
 * One plural form of a string, uninterpolated, for scripts that fill in the count in the browser
 * (`plural('ar', 'search.results')` → { zero: …, one: …, two: …, few: …, many: …, other: … }).
 */
export function pluralForms(locale: string, key: string): Record<string, string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const t = instance.getFixedT(locale);
  return Object.fromEntries(categories.map((c) => [c, String(t(`${key}_${c}`, { interpolation: { skipOnVariables: true } } as never))]));
}
