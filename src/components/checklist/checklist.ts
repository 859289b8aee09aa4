/**
 * <srh-checklist>: the interactive layer over the server-rendered checklist form. Nothing is
 * written to the device until the reader switches saving on; all text from files or storage is
 * set with textContent, never as HTML.
 */
import {
  load, save, deleteAll, migrate, progress, newCase, exportCase, importCase, describeChange, cleanLabel,
  type CaseState, type ChecklistInfo, type StorageLike,
} from '../../lib/checklists.ts';

type Strings = Record<string, string>;

function fill(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Make an element with properties and children (text is always set as text, never HTML). */
function el<T extends HTMLElement = HTMLElement>(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): T {
  const node = Object.assign(document.createElement(tag), props) as T;
  node.append(...children);
  return node;
}

function storage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

class SrhChecklist extends HTMLElement {
  info!: ChecklistInfo;
  s!: Strings;
  cases: Record<string, CaseState> = {};
  current = '';
  saving = false;
  status!: HTMLElement;
  progressText!: HTMLElement;
  labelInput!: HTMLInputElement;
  caseSelect!: HTMLSelectElement;
  saveSwitch!: HTMLInputElement;

  connectedCallback() {
    this.info = JSON.parse(this.dataset.info!);
    this.s = JSON.parse(this.dataset.strings!);
    this.status = this.querySelector('[data-status]')!;
    const loaded = load(storage(), this.info.id);
    if (loaded.notice) this.say(this.s[`notice_${loaded.notice}`]!);
    this.cases = loaded.cases;
    this.saving = Object.keys(this.cases).length > 0;
    for (const [id, c] of Object.entries(this.cases)) {
      const m = migrate(c, this.info);
      this.cases[id] = m.state;
      if (m.added.length) this.markNew(m.added);
    }
    this.buildTools();
    this.querySelector<HTMLElement>('[data-conditions]')?.removeAttribute('hidden');
    this.current = Object.keys(this.cases)[0] ?? this.freshCase();
    this.show();
    this.addEventListener('change', (e) => this.onChange(e));
    window.addEventListener('beforeprint', () => {
      const meta = this.querySelector('[data-print-meta]');
      if (meta) meta.textContent = fill(this.s.printed!, { date: new Date().toLocaleDateString(document.documentElement.lang), label: this.state.label || this.s.untitled! });
    });
  }

  get state(): CaseState {
    return this.cases[this.current]!;
  }

  freshCase(): string {
    const id = `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    this.cases[id] = newCase(this.info, '', new Date().toISOString());
    return id;
  }

  buildTools() {
    const s = this.s;
    this.progressText = el('p', { className: 'checklist__progress' });
    this.progressText.setAttribute('aria-live', 'polite');
    this.labelInput = el<HTMLInputElement>('input', { type: 'text', maxLength: 60, autocomplete: 'off', spellcheck: false });
    this.labelInput.setAttribute('aria-describedby', `${this.info.id}-case-help`);
    this.caseSelect = el<HTMLSelectElement>('select');
    this.saveSwitch = el<HTMLInputElement>('input', { type: 'checkbox', checked: this.saving });
    this.saveSwitch.setAttribute('role', 'switch');
    const button = (text: string, onClick: () => void) => {
      const b = el<HTMLButtonElement>('button', { type: 'button', textContent: text });
      b.addEventListener('click', onClick);
      return b;
    };
    const file = el<HTMLInputElement>('input', { type: 'file', accept: 'application/json,.json', className: 'visually-hidden' });
    file.addEventListener('change', () => file.files?.[0] && this.importFile(file.files[0]).finally(() => (file.value = '')));
    const importLabel = el('label', { className: 'button' }, s.import!, file);
    this.labelInput.addEventListener('input', () => {
      this.state.label = cleanLabel(this.labelInput.value);
      this.persist();
      this.fillCases();
    });
    this.caseSelect.addEventListener('change', () => {
      this.current = this.caseSelect.value;
      this.show();
    });
    const tools = this.querySelector<HTMLElement>('[data-tools]')!;
    tools.append(
      this.progressText,
      el('label', { className: 'checklist__field' }, s.caseLabel!, this.labelInput),
      el('p', { id: `${this.info.id}-case-help`, className: 'checklist__help', textContent: s.caseHelp! }),
      el('label', { className: 'checklist__switch' }, this.saveSwitch, ' ', s.saveLabel!),
      el('p', { className: 'checklist__help', textContent: s.saveHelp! }),
      el('label', { className: 'checklist__field' }, s.cases!, this.caseSelect),
      el('div', { className: 'checklist__buttons' },
        button(s.newCase!, () => { this.current = this.freshCase(); this.show(); this.labelInput.focus(); }),
        button(s.deleteCase!, () => this.deleteCase()),
        button(s.export!, () => this.exportFile()),
        importLabel,
        button(s.deleteAll!, () => this.deleteAllSaved()),
      ),
    );
    tools.hidden = false;
  }

  onChange(e: Event) {
    const input = e.target as HTMLInputElement;
    if (input === this.saveSwitch) return this.toggleSaving();
    const now = new Date().toISOString();
    if (input.dataset.condition) this.state.answers[input.dataset.condition] = input.checked;
    else if (input.closest('li[data-item]')) {
      const id = input.name;
      if (input.checked) this.state.ticks[id] = now;
      else delete this.state.ticks[id];
    } else return;
    this.state.updated = now;
    this.persist();
    this.render();
  }

  toggleSaving() {
    if (this.saveSwitch.checked) {
      this.saving = true;
      this.persist();
      this.say(this.s.saved!);
    } else if (confirm(this.s.confirmOff!)) {
      this.saving = false;
      save(storage(), this.info.id, {});
      this.say(this.s.notSaved!);
    } else this.saveSwitch.checked = true;
  }

  persist() {
    if (!this.saving) return;
    const notice = save(storage(), this.info.id, this.cases);
    if (notice) this.say(this.s[`notice_${notice}`]!);
  }

  /** Put the current case into the form. */
  show() {
    this.labelInput.value = this.state.label;
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-condition]')) if (box.type === 'checkbox') box.checked = !!this.state.answers[box.dataset.condition!];
    for (const box of this.querySelectorAll<HTMLInputElement>('li[data-item] input')) box.checked = !!this.state.ticks[box.name];
    this.fillCases();
    this.render();
  }

  fillCases() {
    this.caseSelect.replaceChildren(...Object.entries(this.cases).map(([id, c]) => el<HTMLOptionElement>('option', { value: id, textContent: c.label || this.s.untitled!, selected: id === this.current })));
  }

  /** Hide items whose condition is not met; update the progress line. */
  render() {
    for (const li of this.querySelectorAll<HTMLElement>('li[data-item][data-condition]')) li.hidden = !this.state.answers[li.dataset.condition!];
    this.progressText.textContent = fill(this.s.progress!, progress(this.info, this.state));
  }

  markNew(ids: string[]) {
    for (const id of ids) {
      const li = this.querySelector<HTMLElement>(`li[data-item="${id}"]`);
      li?.classList.add('is-new');
      li?.querySelector('label')?.setAttribute('data-new', this.s.newItem!);
    }
  }

  deleteCase() {
    delete this.cases[this.current];
    this.current = Object.keys(this.cases)[0] ?? this.freshCase();
    this.persist();
    if (this.saving && Object.keys(this.cases).length === 0) save(storage(), this.info.id, {});
    this.show();
  }

  exportFile() {
    const data = exportCase(this.info, this.state, new Date().toISOString());
    const a = el<HTMLAnchorElement>('a', { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })) });
    a.download = `${this.info.id}-${(this.state.label || 'case').replace(/[^\w-]+/g, '_')}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async importFile(file: File) {
    const result = file.size > 256 * 1024 ? ({ ok: false, error: 'too-large' } as const) : importCase(this.info, await file.text());
    if (!result.ok) return this.say(`${this.s.importFailed!} ${this.s[`error_${result.error}`]!}`);
    const change = describeChange(this.state, result.state);
    const question = fill(this.s.confirmImport!, { ticked: change.ticked.length, unticked: change.unticked.length, label: result.state.label || this.s.untitled! });
    if (!confirm(question)) return;
    this.cases[this.current] = result.state;
    this.persist();
    this.show();
    if (result.added.length) this.markNew(result.added);
    this.say(this.s.imported!);
    if (result.olderSop) {
      const link = el<HTMLAnchorElement>('a', { href: `${this.dataset.sopHref}${result.olderSop}/`, textContent: fill(this.s.olderSop!, { version: result.olderSop }) });
      this.status.append(' ', link);
    }
  }

  deleteAllSaved() {
    if (!confirm(this.s.confirmDeleteAll!)) return;
    deleteAll(storage());
    this.saving = false;
    this.saveSwitch.checked = false;
    this.cases = {};
    this.current = this.freshCase();
    this.show();
    this.say(this.s.deletedAll!);
  }

  say(text: string) {
    this.status.textContent = text;
  }
}

customElements.define('srh-checklist', SrhChecklist);
