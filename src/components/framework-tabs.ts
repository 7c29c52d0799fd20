/**
 * Keyboard and ARIA behaviour for the framework tabs (WAI-ARIA Authoring Practices, tabs with
 * automatic activation). The selected tab follows the URL fragment, so links, search results
 * and back/forward all land on the right dimension.
 */
export class TabsController {
  readonly #root: HTMLElement;
  readonly #tabs: HTMLAnchorElement[];
  readonly #panels: HTMLElement[];

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#tabs = [...root.querySelectorAll<HTMLAnchorElement>('[data-tab]')];
    this.#panels = [...root.querySelectorAll<HTMLElement>('[data-panel]')];
  }

  /** Turn the list of links into a tablist and start following the URL fragment. */
  connect() {
    const list = this.#root.querySelector('[data-tablist]');
    // The landmark <nav> around the tablist would be redundant once it is a tablist: its label
    // (in the page's language) moves to the tablist.
    const nav = this.#root.querySelector('nav');
    list?.setAttribute('role', 'tablist');
    list?.setAttribute('aria-label', nav?.getAttribute('aria-label') ?? '');
    list?.querySelectorAll('li').forEach((li) => li.setAttribute('role', 'presentation'));
    this.#tabs.forEach((tab, i) => {
      const panel = this.#panels[i]!;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.addEventListener('click', (e) => {
        e.preventDefault();
        this.#activate(i);
      });
      tab.addEventListener('keydown', (e) => this.#onKey(e, i));
    });
    nav?.removeAttribute('aria-label');
    nav?.setAttribute('role', 'presentation');
    this.select(this.#indexFromHash());
    this.#root.classList.add('enhanced');
    window.addEventListener('hashchange', () => this.#followHash(true));
    window.addEventListener('popstate', () => this.#followHash(false));
  }

  /** Select tab `index`: one tab stop, its panel shown, the others hidden. */
  select(index: number, focus = false) {
    this.#tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      this.#panels[i]!.hidden = !selected;
    });
    if (focus) this.#tabs[index]?.focus();
  }

  /** Select tab `index` as a visitor's choice: it gets its own history entry, so Back returns. */
  #activate(index: number) {
    this.select(index);
    const hash = `#${this.#tabs[index]!.dataset.tab}`;
    if (location.hash !== hash) history.pushState(null, '', hash);
  }

  #followHash(scroll: boolean) {
    this.select(this.#indexFromHash());
    // The browser tried to scroll to the target while its panel was still hidden: scroll again.
    if (scroll) this.#target()?.scrollIntoView({ block: 'start' });
  }

  #target(): HTMLElement | null {
    const id = safeDecode(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  }

  /** The tab for the fragment: a dimension id, or any element inside a panel (e.g. a question). */
  #indexFromHash(): number {
    const target = this.#target();
    const byTab = this.#tabs.findIndex((t) => t.dataset.tab === target?.id || t === target);
    if (byTab !== -1) return byTab;
    const panel = target?.closest<HTMLElement>('[data-panel]');
    const byPanel = panel ? this.#panels.indexOf(panel) : -1;
    return byPanel === -1 ? 0 : byPanel;
  }

  #onKey(e: KeyboardEvent, i: number) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#activate(i);
      return;
    }
    const last = this.#tabs.length - 1;
    const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.select(next, true);
    history.replaceState(null, '', `#${this.#tabs[next]!.dataset.tab}`);
  }
}

/** A fragment from the address bar is untrusted: a malformed escape must not throw. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
