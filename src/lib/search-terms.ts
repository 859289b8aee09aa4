/**
 * Search help for languages Pagefind cannot stem (Albanian is not supported; Ukrainian has no
 * stemmer). content/search/<locale>.yaml lists groups of inflected forms of common words; when a
 * page contains any form of a group, every form of that group is added to the page's index as
 * hidden keywords, so "дітей" finds a page that only says "дитини".
 */

/** All forms of every group that has at least one form in `text` (whole words, any case). */
export function expandKeywords(text: string, groups: readonly (readonly string[])[]): string[] {
  const words = new Set(text.toLocaleLowerCase().split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter(Boolean));
  const out = new Set<string>();
  for (const group of groups) {
    if (group.some((form) => words.has(form.toLocaleLowerCase()))) for (const form of group) out.add(form);
  }
  return [...out];
}
