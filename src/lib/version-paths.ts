/**
 * URLs of versioned pages, the same for SOPs, country profiles and TRM guidance:
 * `/<locale>/<section>/<id>/` (current), `…/v/<version>/` (frozen), `…/changes/` (changelog),
 * `…/changes/<from>...<to>/` (what changed between two versions).
 */
import { href } from './i18n.ts';

export function versionHref(locale: string, section: string, id: string, version?: string): string {
  return version ? href(locale, section, id, 'v', version) : href(locale, section, id);
}

export function changesHref(locale: string, section: string, id: string, from?: string, to?: string): string {
  return from && to ? href(locale, section, id, 'changes', pairSlug(from, to)) : href(locale, section, id, 'changes');
}

/** `1.0...2.0`: the diff's URL segment (three dots, as in git's range notation). */
export function pairSlug(from: string, to: string): string {
  return `${from}...${to}`;
}

/** Consecutive pairs of a list of versions (oldest first): each diff a reader can open. */
export function consecutivePairs<T>(versions: readonly T[]): [T, T][] {
  return versions.slice(1).map((v, i) => [versions[i]!, v]);
}
