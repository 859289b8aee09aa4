/**
 * Anchors a page body defines. Headings carry fixed ids written `## Purpose {#purpose}` (Sätteri's
 * heading attributes, enabled in astro.config.mjs) and steps carry `<Step id="…">`.
 */

/**
 * Every anchor a page body defines: fixed heading ids and `<Step id="…">` ids, in order.
 * Checklists and links are validated against this list.
 */
export function anchorsOf(body: string): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(/^#{1,6}\s.*?\{\s*#([a-z0-9-]+)[^}]*\}\s*$/gm)) ids.push(m[1]!);
  for (const m of body.matchAll(/<Step\b[^>]*\bid="([^"]+)"/g)) ids.push(m[1]!);
  return ids;
}
