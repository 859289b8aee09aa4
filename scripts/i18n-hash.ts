/**
 * Print the source hash a translation records in `translation.sourceHash`:
 *   npm run i18n:hash -- content/sops/pre-departure/2.0/en.mdx
 * The hash covers the English body only, so editing frontmatter (a review date) does not mark
 * translations outdated, while any change to the text a reader sees does.
 */
import { readFileSync } from 'node:fs';
import { sourceHash } from '../src/lib/translations.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run i18n:hash -- <english source file> [more files]');
  process.exit(2);
}
for (const file of files) {
  const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
  console.log(`${sourceHash(body)}  ${file}`);
}
