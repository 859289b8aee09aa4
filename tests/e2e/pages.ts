/** Pages of the built site, for tests that visit every page of a language. */
import { htmlPages } from '../../scripts/checks/site.ts';

export function pagesOf(locale: string): string[] {
  return htmlPages(process.env.HANDBOOK_OUT ?? 'dist').filter((p) => p.startsWith(`/${locale}/`));
}
