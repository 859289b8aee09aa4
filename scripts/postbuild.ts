/**
 * After `astro build`: index the site with Pagefind (one index per language, from <html lang>).
 * Any indexing error fails the build: a silent gap in search would send a caseworker away empty-handed.
 */
import * as pagefind from 'pagefind';
import { translationRows } from './checks/content-files.ts';
import { brokenLinks } from './checks/site.ts';

const out = process.env.HANDBOOK_OUT ?? 'dist';

function fail(what: string, errors: readonly string[]): never {
  console.error(`pagefind: ${what} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

// Every internal link and #anchor must lead somewhere: a broken one fails the build, naming the page.
const broken = brokenLinks(out);
if (broken.length) {
  console.error(`links: ${broken.length} broken internal link(s):`);
  for (const b of broken.slice(0, 50)) console.error(`  ${b.page}: ${b.link} (${b.why})`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length) fail('createIndex', errors);
const added = await index.addDirectory({ path: out });
if (added.errors.length) fail('addDirectory', added.errors);
if (added.page_count === 0) fail('addDirectory', [`no pages found in ${out}/`]);
const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages into ${out}/pagefind`);

// The build lists translations that lag behind their English source (the pages say so too).
const outdated = translationRows(process.env.HANDBOOK_CONTENT ?? 'content').filter((r) => r.status === 'outdated');
if (outdated.length) {
  console.log(`translations: ${outdated.length} outdated (npm run i18n:status for the table):`);
  for (const r of outdated) console.log(`  ${r.file}`);
}
