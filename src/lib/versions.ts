/**
 * Version logic shared by SOPs, country profiles and TRM guidance (one mechanism for all three).
 * Versions are dot-separated numbers ("1.0", "1.10", "2026"), compared number by number.
 */

/** Compare two versions numerically: "1.9" < "1.10" < "2.0". Missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Versions oldest first. */
export function sortVersions<T extends { version: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareVersions(a.version, b.version));
}

/** The version readers follow: the newest that is not a draft (undefined when all are drafts). */
export function currentVersion<T extends { version: string; status: string }>(items: readonly T[]): T | undefined {
  return sortVersions(items.filter((v) => v.status !== 'draft')).at(-1);
}

/** The next newer non-draft version after `version`, i.e. the one that replaced it. */
export function replacedBy<T extends { version: string; status: string }>(items: readonly T[], version: string): T | undefined {
  return sortVersions(items.filter((v) => v.status !== 'draft')).find((v) => compareVersions(v.version, version) > 0);
}
