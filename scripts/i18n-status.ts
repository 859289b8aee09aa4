/**
 * `npm run i18n:status`: every translation, whether it is current or outdated against its English
 * source, and how it was made. Exits 1 when a translation's English source no longer exists (its
 * page was moved or deleted: the translation would be served for nothing, or for the wrong page).
 */
import { translationRows } from './checks/content-files.ts';

const rows = translationRows(process.env.HANDBOOK_CONTENT ?? 'content');
const width = Math.max(...rows.map((r) => r.page.length), 4);
console.log(`${'page'.padEnd(width)}  lang  status     method`);
for (const r of rows) console.log(`${r.page.padEnd(width)}  ${r.locale.padEnd(4)}  ${(r.orphan ? 'NO SOURCE' : r.status).padEnd(9)}  ${r.method ?? ''}`);
const outdated = rows.filter((r) => r.status === 'outdated' && !r.orphan);
const orphans = rows.filter((r) => r.orphan);
console.log(`\n${rows.length} translations: ${rows.length - outdated.length - orphans.length} current, ${outdated.length} outdated, ${orphans.length} without a source.`);
for (const r of orphans) console.error(`error: ${r.file} translates ${r.page}, which has no English source file`);
process.exit(orphans.length ? 1 : 0);
