/**
 * Renders the app icons (public/icons/*.png) from public/favicon.svg, the one drawing of the logo.
 * Run after changing the logo: `node scripts/icons.ts` (needs Chromium, as the tests do).
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const inner = svg.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '').replace(/<rect[^>]*\/>/, '');
const fill = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#1d4f91';
// Maskable icons are cropped to a circle or squircle by the system: full-bleed background, and the
// mark kept inside the central 80% safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${fill}"/><g transform="translate(9.6 9.6) scale(0.7)">${inner}</g></svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, image] of [['icon-192', 192, svg], ['icon-512', 512, svg], ['icon-maskable-512', 512, maskable]] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${image}`);
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: true });
}
await browser.close();
