/**
 * Checklist runs in the browser: the state of one case, saving it (only when the reader opts in),
 * surviving whatever is already in storage, migrating across checklist versions, and exporting or
 * importing a case as a file. Pure: storage is passed in, so tests can hand it anything.
 */

/** What the page knows about a checklist (from content/checklists/<id>.yaml). */
export interface ChecklistInfo {
  id: string;
  version: string;
  sop: { id: string; version: string };
  /** Item ids in this version, in order. */
  items: string[];
  /** Item ids that show only when a condition is answered "yes". */
  conditional: Record<string, string>;
  conditions: string[];
}

/** One case: what a caseworker ticked, and when. No personal data: the label is a reference code. */
export interface CaseState {
  label: string;
  /** Item id → when it was ticked (ISO). */
  ticks: Record<string, string>;
  /** Condition id → the answer. */
  answers: Record<string, boolean>;
  created: string;
  updated: string;
  /** Checklist and SOP version this case was last saved against. */
  checklistVersion: string;
  sopVersion: string;
  /** Item ids the checklist had when saved (to flag items added since). */
  itemIds: string[];
}

/** What storage holds for one checklist. */
export interface Stored {
  format: typeof FORMAT;
  v: 1;
  checklist: string;
  cases: Record<string, CaseState>;
}

export const FORMAT = 'srh-checklist';
export const EXPORT_FORMAT = 'srh-checklist-case';
/** Stored values and imported files larger than this are refused. */
export const MAX_BYTES = 256 * 1024;
export const MAX_LABEL = 60;
const KEY_PREFIX = 'srh:checklist:';

/** The part of Web Storage we use; tests pass a Map-backed fake or one that throws. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export type Notice = 'corrupt' | 'foreign' | 'oversized' | 'unavailable' | 'quota';

export function storageKey(checklistId: string): string {
  return KEY_PREFIX + checklistId;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIso = (x: unknown): x is string => typeof x === 'string' && x.length <= 40 && !Number.isNaN(Date.parse(x));

/** A new, empty case. */
export function newCase(info: ChecklistInfo, label: string, now: string): CaseState {
  return { label: cleanLabel(label), ticks: {}, answers: {}, created: now, updated: now, checklistVersion: info.version, sopVersion: info.sop.version, itemIds: [...info.items] };
}

/** Labels are reference codes: trimmed, single-line, at most MAX_LABEL characters. */
export function cleanLabel(label: string): string {
  return label.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

/** Check one case's shape; anything else is dropped (never trusted). */
export function validCase(x: unknown): x is CaseState {
  if (!isRecord(x)) return false;
  const { label, ticks, answers, created, updated, checklistVersion, sopVersion, itemIds } = x;
  return (
    typeof label === 'string' && label.length <= MAX_LABEL &&
    isRecord(ticks) && Object.values(ticks).every(isIso) &&
    isRecord(answers) && Object.values(answers).every((a) => typeof a === 'boolean') &&
    isIso(created) && isIso(updated) &&
    typeof checklistVersion === 'string' && typeof sopVersion === 'string' &&
    Array.isArray(itemIds) && itemIds.every((i) => typeof i === 'string')
  );
}

/**
 * Read what is saved for a checklist. Never throws: unreadable storage, a value that is not ours,
 * broken JSON or an oversized value give an empty result and a notice; other keys are not touched.
 */
export function load(storage: StorageLike | null, checklistId: string): { cases: Record<string, CaseState>; notice?: Notice } {
  if (!storage) return { cases: {}, notice: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey(checklistId));
  } catch {
    return { cases: {}, notice: 'unavailable' };
  }
  if (raw === null) return { cases: {} };
  if (typeof raw !== 'string') return { cases: {}, notice: 'corrupt' };
  if (raw.length > MAX_BYTES) return { cases: {}, notice: 'oversized' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { cases: {}, notice: 'corrupt' };
  }
  if (!isRecord(data) || data.format !== FORMAT || data.checklist !== checklistId) return { cases: {}, notice: 'foreign' };
  if (data.v !== 1 || !isRecord(data.cases)) return { cases: {}, notice: 'corrupt' };
  const cases: Record<string, CaseState> = {};
  let dropped = false;
  for (const [id, c] of Object.entries(data.cases)) {
    if (id.length <= 64 && validCase(c)) cases[id] = c;
    else dropped = true;
  }
  return dropped ? { cases, notice: 'corrupt' } : { cases };
}

/** Write all cases of a checklist. Returns a notice when storage refuses (private mode, quota). */
export function save(storage: StorageLike | null, checklistId: string, cases: Record<string, CaseState>): Notice | undefined {
  if (!storage) return 'unavailable';
  const value: Stored = { format: FORMAT, v: 1, checklist: checklistId, cases };
  const text = JSON.stringify(value);
  if (text.length > MAX_BYTES) return 'quota';
  try {
    if (Object.keys(cases).length === 0) storage.removeItem(storageKey(checklistId));
    else storage.setItem(storageKey(checklistId), text);
    return undefined;
  } catch {
    return 'quota';
  }
}

/** Delete every saved checklist on this device (our keys only). Returns how many were removed. */
export function deleteAll(storage: StorageLike | null): number {
  if (!storage) return 0;
  try {
    const ours: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(KEY_PREFIX)) ours.push(k);
    }
    ours.forEach((k) => storage.removeItem(k));
    return ours.length;
  } catch {
    return 0;
  }
}

/**
 * Bring a case saved against an older checklist version up to date: ticks on items that still
 * exist are kept, ticks on removed items are dropped, and items added since are listed as new.
 */
export function migrate(c: CaseState, info: ChecklistInfo): { state: CaseState; added: string[]; removed: string[] } {
  const current = new Set(info.items);
  const before = new Set(c.itemIds);
  const ticks = Object.fromEntries(Object.entries(c.ticks).filter(([id]) => current.has(id)));
  const removed = Object.keys(c.ticks).filter((id) => !current.has(id));
  const added = c.checklistVersion === info.version ? [] : info.items.filter((id) => !before.has(id));
  const answers = Object.fromEntries(Object.entries(c.answers).filter(([id]) => info.conditions.includes(id)));
  return { state: { ...c, ticks, answers, checklistVersion: info.version, itemIds: [...info.items] }, added, removed };
}

/** Items shown for the current answers: unconditional ones, and conditional ones answered "yes". */
export function visibleItems(info: ChecklistInfo, answers: Record<string, boolean>): string[] {
  return info.items.filter((id) => !info.conditional[id] || answers[info.conditional[id]!] === true);
}

/** Progress over the visible items: `{ done: 5, total: 12 }`. */
export function progress(info: ChecklistInfo, c: Pick<CaseState, 'ticks' | 'answers'>): { done: number; total: number } {
  const shown = visibleItems(info, c.answers);
  return { done: shown.filter((id) => c.ticks[id]).length, total: shown.length };
}

/** The file a caseworker exports to hand a case over. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  v: 1;
  checklist: { id: string; version: string };
  sop: { id: string; version: string };
  label: string;
  ticks: Record<string, string>;
  answers: Record<string, boolean>;
  created: string;
  updated: string;
  exported: string;
}

export function exportCase(info: ChecklistInfo, c: CaseState, now: string): ExportFile {
  return {
    format: EXPORT_FORMAT, v: 1,
    checklist: { id: info.id, version: c.checklistVersion },
    sop: { id: info.sop.id, version: c.sopVersion },
    label: c.label, ticks: c.ticks, answers: c.answers, created: c.created, updated: c.updated, exported: now,
  };
}

export type ImportError = 'too-large' | 'not-json' | 'not-a-checklist' | 'other-checklist' | 'invalid';

export interface ImportResult {
  ok: true;
  state: CaseState;
  /** The SOP version the run was made against, when it differs from the current one. */
  olderSop?: string;
  /** Ticked items that no longer exist in this checklist (dropped). */
  dropped: string[];
  /** Items of this checklist that did not exist when the run was exported. */
  added: string[];
}

/**
 * Read an exported case strictly: size, JSON, format, this checklist, every field's type. Text
 * stays data (the page renders it with textContent). A bad file changes nothing.
 */
export function importCase(info: ChecklistInfo, text: string): ImportResult | { ok: false; error: ImportError } {
  if (text.length > MAX_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || data.v !== 1) return { ok: false, error: 'not-a-checklist' };
  const { checklist, sop, label, ticks, answers, created, updated } = data;
  if (!isRecord(checklist) || checklist.id !== info.id) return { ok: false, error: 'other-checklist' };
  if (
    typeof checklist.version !== 'string' || !isRecord(sop) || typeof sop.version !== 'string' || sop.id !== info.sop.id ||
    typeof label !== 'string' || label.length > MAX_LABEL || !isRecord(ticks) || !isRecord(answers) || !isIso(created) || !isIso(updated) ||
    !Object.values(ticks).every(isIso) || !Object.values(answers).every((a) => typeof a === 'boolean') ||
    Object.keys(ticks).some((k) => !/^[a-z0-9-]{1,64}$/.test(k))
  ) {
    return { ok: false, error: 'invalid' };
  }
  const imported: CaseState = {
    label: cleanLabel(label), ticks: ticks as Record<string, string>, answers: answers as Record<string, boolean>,
    created, updated, checklistVersion: checklist.version, sopVersion: sop.version,
    // An export does not carry the old item list: every current item the run never ticked may be new.
    itemIds: checklist.version === info.version ? [...info.items] : Object.keys(ticks),
  };
  const { state, added, removed } = migrate(imported, info);
  return {
    ok: true, state, dropped: removed, added: checklist.version === info.version ? [] : added,
    olderSop: sop.version !== info.sop.version ? sop.version : undefined,
  };
}

/** What an import would change in an existing case, to show before replacing anything. */
export function describeChange(before: CaseState | undefined, after: CaseState): { ticked: string[]; unticked: string[]; relabel: boolean } {
  const was = new Set(Object.keys(before?.ticks ?? {}));
  const now = new Set(Object.keys(after.ticks));
  return {
    ticked: [...now].filter((id) => !was.has(id)),
    unticked: [...was].filter((id) => !now.has(id)),
    relabel: !!before && before.label !== after.label,
  };
}
