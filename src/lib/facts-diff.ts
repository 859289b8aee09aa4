/**
 * Then and now for country facts: what changed between two versions of a profile, fact by fact,
 * and whether a fact is too old to act on without checking.
 */
import { FACT_KEYS, type FactKey } from './model.ts';
import type { Fact, FactEntry, Facts } from './countries.ts';

export type FactChange = 'unchanged' | 'changed' | 'added' | 'removed' | 'unknown-to-known';

export interface FactDiff {
  key: FactKey;
  change: FactChange;
  before?: Fact;
  after?: Fact;
}

/** Two entries say the same thing when text, date and sources are the same. */
function sameEntry(a: FactEntry, b: FactEntry): boolean {
  return a.text.en === b.text.en && a.asOf === b.asOf && a.sources.map((s) => s.url).join() === b.sources.map((s) => s.url).join();
}

/**
 * How one fact changed: `unknown-to-known` when our sources now document what they did not;
 * `added` when a fact now applies (or appears) that had no statement before for another reason;
 * `removed` when statements disappeared; `changed` when statements differ; else `unchanged`.
 */
export function diffFact(before: Fact | undefined, after: Fact | undefined): FactChange {
  const a = before?.entries ?? [];
  const b = after?.entries ?? [];
  if (a.length === 0 && b.length === 0) return before?.status === after?.status ? 'unchanged' : 'changed';
  if (a.length === 0) return before?.status === 'unknown' ? 'unknown-to-known' : 'added';
  if (b.length === 0) return 'removed';
  if (a.length === b.length && a.every((e, i) => sameEntry(e, b[i]!)) && before!.status === after!.status) return 'unchanged';
  return 'changed';
}

/** Every fact of two versions of a profile, in display order. */
export function diffFacts(before: Partial<Facts>, after: Partial<Facts>): FactDiff[] {
  return FACT_KEYS.map((key) => ({ key, change: diffFact(before[key], after[key]), before: before[key], after: after[key] }));
}

/** Facts older than this many years need checking before anyone acts on them. */
export const MAX_FACT_AGE_YEARS = 3;

/** The first day an `asOf` (`2016`, `2016-08`, `2016-08-25`) can mean. */
function startOf(asOf: string): Date {
  const [y, m = '01', d = '01'] = asOf.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/**
 * The staleness rule: a fact must be checked before use when the date its source describes is
 * more than MAX_FACT_AGE_YEARS before `today`, or when its country profile is past its next
 * review date.
 */
export function needsCheck(asOf: string, nextReview: Date, today: Date): boolean {
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - MAX_FACT_AGE_YEARS);
  return startOf(asOf) < limit || nextReview < today;
}
