/**
 * The web app manifest, one per language, so an installed handbook has its name in the reader's
 * language and opens on that language's home page.
 */
import type { APIContext } from 'astro';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { dirOf } from '../../lib/i18n.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale } }));
}

export function GET({ params }: APIContext) {
  const locale = params.locale!;
  const t = useTranslations(locale);
  const manifest = {
    id: '/',
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: locale,
    dir: dirOf(locale),
    start_url: `/${locale}/`,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}
