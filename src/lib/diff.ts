/**
 * What changed between two versions of a page, section by section, for people: the text a reader
 * sees (markup removed), split at headings and steps (matched by their fixed ids), with a word
 * diff inside each section. Unchanged sections are marked so the page can collapse them.
 */
import { diffWords } from 'diff';

export interface Section {
  /** The heading or step id (`purpose`, `assess-risks`); `intro` for text before the first heading. */
  id: string;
  title: string;
  text: string;
}

export type Part = { kind: 'same' | 'added' | 'removed'; text: string };

export interface SectionDiff {
  id: string;
  title: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  parts: Part[];
}

/** The text a reader sees: MDX components, tags, link targets and Markdown marks removed. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, '')
    .replace(/[|*_`>#]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Split an MDX body into sections at `## Heading {#id}` and `<Step id="…" title="…">`. */
export function sections(body: string): Section[] {
  const marker = /^#{2,6}\s+(.*?)\s*\{\s*#([a-z0-9-]+)[^}]*\}\s*$|<Step\b[^>]*\bid="([^"]+)"[^>]*\btitle="([^"]*)"[^>]*>/gm;
  const out: Section[] = [];
  let last = 0;
  let current: { id: string; title: string } = { id: 'intro', title: '' };
  for (const m of body.matchAll(marker)) {
    out.push({ ...current, text: readableText(body.slice(last, m.index)) });
    current = m[2] ? { id: m[2], title: m[1]!.trim() } : { id: m[3]!, title: m[4]! };
    last = m.index! + m[0].length;
  }
  out.push({ ...current, text: readableText(body.slice(last)) });
  return out.filter((s) => s.id !== 'intro' || s.text);
}

/**
 * Diff two bodies section by section, in the newer version's order; sections only in the older
 * version follow where they stood. Titles count as part of a section's text.
 */
export function diffSections(older: string, newer: string): SectionDiff[] {
  const a = sections(older);
  const b = sections(newer);
  const byId = new Map(a.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: SectionDiff[] = [];
  const removedBefore = (id: string) => {
    // Emit older-only sections that came before `id` in the older version.
    for (const s of a) {
      if (s.id === id) break;
      if (!seen.has(s.id) && !b.some((x) => x.id === s.id)) {
        seen.add(s.id);
        out.push({ id: s.id, title: s.title, status: 'removed', parts: [{ kind: 'removed', text: join(s) }] });
      }
    }
  };
  for (const s of b) {
    removedBefore(s.id);
    seen.add(s.id);
    const old = byId.get(s.id);
    if (!old) {
      out.push({ id: s.id, title: s.title, status: 'added', parts: [{ kind: 'added', text: join(s) }] });
      continue;
    }
    const parts = diffWords(old.text, s.text).map((p): Part => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
    if (old.title !== s.title) parts.unshift({ kind: 'removed', text: old.title }, { kind: 'added', text: s.title }, { kind: 'same', text: '\n' });
    out.push({ id: s.id, title: s.title, status: parts.every((p) => p.kind === 'same') ? 'unchanged' : 'changed', parts });
  }
  removedBefore('\u0000');
  return out;
}

/** Whole text of a section that exists on one side only: its title, then its text. */
function join(s: Section): string {
  return s.title ? `${s.title}\n${s.text}` : s.text;
}
