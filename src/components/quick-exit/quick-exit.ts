/**
 * Leave the site at once: hide the page, clear the title, optionally delete saved checklists (a
 * setting the reader turned on), then location.replace() so the exited page leaves no history entry.
 */
import { shiftCounter, exitTarget } from '../../lib/quick-exit.ts';
import { deleteAll } from '../../lib/checklists.ts';
import { readSettings } from '../../lib/settings.ts';

function leave(url: string) {
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  try {
    if (readSettings(localStorage).wipeOnExit) deleteAll(localStorage);
  } catch {
    // Storage blocked: nothing was saved, nothing to delete.
  }
  location.replace(exitTarget(navigator.onLine, url));
}

const target = () => document.querySelector<HTMLAnchorElement>('[data-quick-exit]')?.href ?? '/exit.html';

document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  e.preventDefault();
  leave(link.href);
});

const count = shiftCounter();
document.addEventListener('keydown', (e) => {
  if (count(e)) leave(target());
});
