/**
 * `npm run pdf`: one PDF handbook per content language, printed by Chromium from the built site
 * (the same print stylesheet a reader gets): a cover with the handbook version and date, a table of
 * contents with page numbers, every current SOP, the checklists as printable forms, the country
 * profiles and the glossary. Each printed page keeps its own sources list. Writes
 * dist/pdf/handbook-<lang>.pdf and puts the file size into each home page's download link.
 *
 *   npm run pdf                 # every content language, in full
 *   npm run pdf -- --quick      # SOPs only (what npm test checks)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { LOCALES } from '../src/i18n/locales.ts';
import { htmlPages, fileFor } from './checks/site.ts';
import { useTranslations } from '../src/i18n/index.ts';

const dist = process.env.HANDBOOK_OUT ?? 'dist';
const quick = process.argv.includes('--quick');
const PORT = Number(process.env.PDF_PORT ?? 4412);
const base = `http://localhost:${PORT}`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The pages of one language that go into its handbook, in reading order, with their titles. */
function parts(locale: string): string[] {
  const all = htmlPages(dist).filter((p) => p.startsWith(`/${locale}/`));
  // The SOPs in phase order, as the overview lists them.
  const overview = readFileSync(fileFor(dist, `/${locale}/sops/`), 'utf8');
  const sops = [...new Set([...overview.matchAll(new RegExp(`class="journey"[\\s\\S]*`, 'g'))].flatMap((m) => [...m[0].matchAll(new RegExp(`href="/${locale}/sops/([a-z-]+)/"`, 'g'))].map((x) => x[1]!)))];
  const pick = (re: RegExp) => all.filter((p) => re.test(p));
  const sections = [sops.map((id) => `/${locale}/sops/${id}/`)];
  if (!quick) sections.push(pick(new RegExp(`^/${locale}/checklists/[^/]+/$`)), pick(new RegExp(`^/${locale}/countries/[a-z]{2}/$`)), [`/${locale}/glossary/`]);
  return sections.flat();
}

const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(PORT), HANDBOOK_OUT: dist }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
mkdirSync(join(dist, 'pdf'), { recursive: true });
const options = { format: 'A4' as const, printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' }, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>' };

try {
  for (const { code, dir } of LOCALES.filter((l) => l.content)) {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const docs: { title: string; pdf: Uint8Array }[] = [];
    for (const path of parts(code)) {
      await page.goto(base + path, { waitUntil: 'load' });
      const title = (await page.locator('main h1').first().textContent())?.trim() ?? path;
      docs.push({ title, pdf: await page.pdf(options) });
    }
    const counts = await Promise.all(docs.map(async (d) => (await PDFDocument.load(d.pdf)).getPageCount()));
    const front = 2; // cover + contents
    let at = front + 1;
    const toc = docs.map((d, i) => { const row = { title: d.title, page: at }; at += counts[i]!; return row; });
    await page.goto(`${base}/${code}/`);
    const name = (await page.locator('.site-name').textContent())?.trim() ?? 'Safe Return Handbook';
    const disclaimer = (await page.locator('.site-footer strong').first().textContent())?.trim() ?? '';
    const date = new Date().toISOString().slice(0, 10);
    // Cover and contents are printed from this site's own (empty) page, so the print stays under the site's policy.
    const t = useTranslations(code);
    const versionLine = `${t('editorial.version', { version: pkg.version })} · ${date}`;
    const contentsTitle = t('pdf.contents');
    await page.evaluate(({ name, disclaimer, toc, versionLine, contentsTitle, dir, code }) => {
      document.documentElement.dir = dir;
      document.documentElement.lang = code;
      const el = (tag: string, text = '') => Object.assign(document.createElement(tag), { textContent: text });
      const cover = el('section');
      cover.className = 'pdf-cover';
      cover.append(el('h1', name), el('p', versionLine), el('p', disclaimer));
      const contents = el('section');
      contents.className = 'pdf-contents';
      const list = el('ol');
      for (const row of toc) { const li = el('li'); li.append(el('span', row.title), el('span', ` … ${row.page}`)); list.append(li); }
      contents.append(el('h2', contentsTitle), list);
      document.body.replaceChildren(cover, contents);
    }, { name, disclaimer, toc, versionLine, contentsTitle, dir, code });
    await page.addStyleTag({ url: '/pdf.css' });
    const frontPdf = await page.pdf({ ...options, displayHeaderFooter: false });
    const out = await PDFDocument.create();
    out.setTitle(`${name} (${code})`);
    out.setLanguage(code);
    for (const bytes of [frontPdf, ...docs.map((d) => d.pdf)]) {
      const doc = await PDFDocument.load(bytes);
      for (const p of await out.copyPages(doc, doc.getPageIndices())) out.addPage(p);
    }
    const file = join(dist, 'pdf', `handbook-${code}.pdf`);
    writeFileSync(file, await out.save());
    const mb = (statSync(file).size / 2 ** 20).toFixed(1);
    console.log(`pdf: ${file} (${out.getPageCount()} pages, ${mb} MB)`);
    // The home page's download link says how large the file is.
    const home = fileFor(dist, `/${code}/`);
    const link = `<p class="pdf-download" data-pdf-link><a href="/pdf/handbook-${code}.pdf" download>${t('pdf.download', { size: mb })}</a></p>`;
    writeFileSync(home, readFileSync(home, 'utf8').replace(/<p class="pdf-download" data-pdf-link[^>]*>.*?<\/p>/s, link));
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
