/**
 * Corridor pathways: how a referral runs from one EU Member State of departure to a country of
 * return. A corridor is assembled, never written by hand: the generic TRM steps below, each filled
 * with the facts of the country on that side and the SOP the step follows.
 */
import type { FactKey } from './model.ts';
import { factSources, type Facts, type Fact, type FactSource } from './countries.ts';

/** Which side of the corridor a step happens on. */
export type Side = 'from' | 'to';

/** A generic step of a transnational referral (after the TRM-EU phases), and the facts that inform it. */
export interface CorridorStepSpec {
  id: string;
  side: Side;
  /** The SOP this step follows. */
  sop: string;
  /** The facts shown, from the country on `side`. */
  facts: FactKey[];
}

/** The steps every corridor follows, in order. */
export const CORRIDOR_STEPS: readonly CorridorStepSpec[] = [
  { id: 'identify-refer', side: 'from', sop: 'identification-referral', facts: ['nrmName', 'nrmCoordinator', 'nrmIdentification', 'coordinator'] },
  { id: 'rights-before-return', side: 'from', sop: 'pre-departure', facts: ['reflection'] },
  { id: 'plan-return', side: 'from', sop: 'reintegration-plan', facts: ['avrr'] },
  { id: 'travel', side: 'from', sop: 'travel', facts: ['avrr'] },
  { id: 'reception', side: 'to', sop: 'reception', facts: ['nrmName', 'nrmIdentification', 'coordinator'] },
  { id: 'reintegration', side: 'to', sop: 'reintegration-assistance', facts: ['reintegration', 'stateBodies', 'ngos', 'internationalOrgs'] },
  { id: 'follow-up', side: 'to', sop: 'monitoring-closure', facts: ['nrmCoordinator'] },
];

export interface CountryInput {
  iso: string;
  facts: Facts;
  /** The country profile's own sources (its text), besides those of its facts. */
  sources?: FactSource[];
}

export interface CorridorStep {
  id: string;
  side: Side;
  sop: string;
  /** The country this step happens in; null when the country of return is "any third country". */
  country: string | null;
  facts: { key: FactKey; fact: Fact }[];
}

export interface Corridor {
  from: string;
  to: string | null;
  steps: CorridorStep[];
  /** Every source the corridor's facts rely on, from both countries, each once. */
  sources: FactSource[];
}

/**
 * Assemble the corridor from `from` to `to` (null: any third country). Facts are passed through as
 * they are, so an unknown fact stays unknown and a conflict stays a conflict.
 */
export function assembleCorridor(from: CountryInput, to: CountryInput | null): Corridor {
  const steps = CORRIDOR_STEPS.map((spec): CorridorStep => {
    const country = spec.side === 'from' ? from : to;
    return {
      id: spec.id,
      side: spec.side,
      sop: spec.sop,
      country: country?.iso ?? null,
      facts: country ? spec.facts.map((key) => ({ key, fact: country.facts[key] })) : [],
    };
  });
  const seen = new Map<string, FactSource>();
  for (const c of [from, to]) {
    if (!c) continue;
    for (const s of [...(c.sources ?? []), ...factSources(c.facts)]) if (!seen.has(s.url)) seen.set(s.url, s);
  }
  return { from: from.iso, to: to?.iso ?? null, steps, sources: [...seen.values()] };
}

/** Every corridor to build: each departure state to each return country, and to "any" (null). */
export function corridorPairs(departure: readonly string[], returns: readonly string[]): { from: string; to: string | null }[] {
  return departure.flatMap((from) => [...returns.map((to) => ({ from, to })), { from, to: null }]);
}

/** URL slug of a corridor: `fr-ma`, or `fr-any` for any third country. */
export function corridorSlug(from: string, to: string | null): string {
  return `${from}-${to ?? 'any'}`;
}
