/**
 * Country facts for display: text in the reader's language (English marked when it stands in),
 * the sources of a whole profile, and country names from Intl (no hand-kept name lists).
 */
import type { FactKey, FactStatus } from './model.ts';

export interface FactSource { title: string; url: string }
export interface FactEntry { text: Record<string, string>; asOf: string; sources: FactSource[] }
export interface Fact { status: FactStatus; entries: FactEntry[]; note?: Record<string, string> }
export type Facts = Record<FactKey, Fact>;

/** Text of a localized field for `locale`, falling back to English (then `lang` says so). */
export function localText(text: Record<string, string> | undefined, locale: string): { text: string; lang: string } | undefined {
  if (!text) return undefined;
  if (text[locale]) return { text: text[locale]!, lang: locale };
  return text.en ? { text: text.en, lang: 'en' } : undefined;
}

/** Every distinct source (by URL) used by a set of facts, in first-use order. */
export function factSources(facts: Partial<Facts>): FactSource[] {
  const seen = new Map<string, FactSource>();
  for (const fact of Object.values(facts)) for (const e of fact?.entries ?? []) for (const s of e.sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

/** The most recent date any fact's source describes (`2024-06`), or undefined when none is known. */
export function latestAsOf(facts: Partial<Facts>): string | undefined {
  const dates = Object.values(facts).flatMap((f) => f?.entries.map((e) => e.asOf) ?? []);
  return dates.sort().at(-1);
}

/** A country's name in the reader's language: `countryName('ma', 'fr')` → `Maroc`. */
export function countryName(iso2: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(iso2.toUpperCase()) ?? iso2.toUpperCase();
}
