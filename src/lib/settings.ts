/**
 * The reader's own settings. Stored only after the reader changes one (so a reader who changes
 * nothing leaves nothing on the device), under one key, and read defensively.
 */
import type { StorageLike } from './checklists.ts';

export const SETTINGS_KEY = 'srh:settings';

export interface Settings {
  /** Quick exit also deletes saved checklists. Off by default. */
  wipeOnExit: boolean;
}

const DEFAULTS: Settings = { wipeOnExit: false };

export function readSettings(storage: Pick<StorageLike, 'getItem'> | null): Settings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    return { wipeOnExit: typeof data === 'object' && data !== null && (data as Settings).wipeOnExit === true };
  } catch {
    return { ...DEFAULTS };
  }
}

/** Save settings; back at the defaults, the key is removed so nothing stays on the device. */
export function writeSettings(storage: Pick<StorageLike, 'setItem' | 'removeItem'>, settings: Settings): void {
  if (settings.wipeOnExit === DEFAULTS.wipeOnExit) storage.removeItem(SETTINGS_KEY);
  else storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}
