/**
 * After Astro has written the pages (an `astro:build:done` step in astro.config.mjs, so it runs
 * before the offline copy's service worker lists the files): check every internal link and
 * #anchor, then index the site with Pagefind (one index per language, from <html lang>).
 * Any failure fails the build: a silent gap in search would send a caseworker away empty-handed.
 */
import * as pagefind from 'pagefind';
import { translationRows } from './checks/content-files.ts';
import { brokenLinks } from './checks/site.ts';

export async function postbuild(out: string): Promise<void> {
  // Every internal link and #anchor must lead somewhere: a broken one fails the build, naming the page.
  const broken = brokenLinks(out);
  if (broken.length) {
    throw new Error(`links: ${broken.length} broken internal link(s):\n${broken.slice(0, 50).map((b) => `  ${b.page}: ${b.link} (${b.why})`).join('\n')}`);
  }

  const fail = (what: string, errors: readonly string[]) => new Error(`pagefind: ${what} failed:\n  ${errors.join('\n  ')}`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw fail('createIndex', errors);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw fail('addDirectory', added.errors);
  if (added.page_count === 0) throw fail('addDirectory', [`no pages found in ${out}/`]);
  const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
  if (written.errors.length) throw fail('writeFiles', written.errors);
  await pagefind.close();
  console.log(`pagefind: indexed ${added.page_count} pages into ${out}/pagefind`);

  // The build lists translations that lag behind their English source (the pages say so too).
  const outdated = translationRows(process.env.HANDBOOK_CONTENT ?? 'content').filter((r) => r.status === 'outdated');
  if (outdated.length) {
    console.log(`translations: ${outdated.length} outdated (npm run i18n:status for the table):`);
    for (const r of outdated) console.log(`  ${r.file}`);
  }
}
