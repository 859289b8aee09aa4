/** An RSS feed per language of published versions, so organisations can follow updates. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { countryName } from '../../lib/countries.ts';
import { versionHref } from '../../lib/version-paths.ts';
import { changeEvents } from '../../data/catalog.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale } }));
}

export async function GET(context: APIContext) {
  const locale = context.params.locale!;
  const t = useTranslations(locale);
  const events = await changeEvents(locale);
  return rss({
    title: `${t('site.name')}: ${t('news.title')}`,
    description: t('news.intro'),
    site: context.site ?? 'http://localhost:4321',
    customData: `<language>${locale}</language>`,
    items: events.map((e) => ({
      title: `${e.section === 'countries' ? countryName(e.id, locale) : e.title} · ${t('editorial.version', { version: e.version })}`,
      link: versionHref(locale, e.section, e.id, e.version),
      pubDate: e.date,
      description: e.changes.join(' '),
      categories: [t(`nav.${e.section}`)],
    })),
  });
}
