/**
 * Split a Markdown/MDX file into its YAML frontmatter text and its body.
 * A file without frontmatter has an empty frontmatter and its whole text as body.
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const normalized = text.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  if (!match) return { frontmatter: '', body: normalized };
  return { frontmatter: match[1] ?? '', body: normalized.slice(match[0].length) };
}
