/**
 * Quick exit rules, kept apart from the DOM so they can be tested. Modelled on GOV.UK's "Exit this
 * page": three presses of Shift leave the site; any other key in between starts the count again,
 * so typing capitals (Shift held, then letters) never triggers it, and neither does a held Shift
 * (auto-repeat).
 */

/** Where the exit goes. A neutral, busy site; override with QUICK_EXIT_URL at build time. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
/** Where the exit goes when the device is offline: a neutral page of this site. */
export const OFFLINE_EXIT_PATH = '/exit.html';
/** Presses of Shift that exit, and the time they must fall within. */
export const PRESSES = 3;
export const WINDOW_MS = 2000;

export interface KeyLike {
  key: string;
  repeat?: boolean;
  timeStamp: number;
}

/** A counter for Shift presses: feed it keydown events; it answers true when the reader asked to exit. */
export function shiftCounter(presses = PRESSES, windowMs = WINDOW_MS) {
  let times: number[] = [];
  return (e: KeyLike): boolean => {
    if (e.key !== 'Shift') {
      times = [];
      return false;
    }
    if (e.repeat) return false;
    times = [...times.filter((t) => e.timeStamp - t < windowMs), e.timeStamp];
    if (times.length >= presses) {
      times = [];
      return true;
    }
    return false;
  };
}

/** The address to leave to: the neutral site when online, the local neutral page when offline. */
export function exitTarget(online: boolean, url = DEFAULT_EXIT_URL): string {
  return online ? url : OFFLINE_EXIT_PATH;
}
