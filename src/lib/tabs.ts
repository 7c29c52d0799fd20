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

  connect() {
    const list = this.#root.querySelector('[data-tablist]');
    list?.setAttribute('role', 'tablist');
    list?.setAttribute('aria-label', 'Dimensions');
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
        this.select(i);
        history.pushState(null, '', `#${tab.dataset.tab}`);
      });
      tab.addEventListener('keydown', (e) => this.#onKey(e, i));
    });
    // The landmark <nav> around the tablist would be redundant once it is a tablist.
    this.#root.querySelector('nav')?.removeAttribute('aria-label');
    this.#root.querySelector('nav')?.setAttribute('role', 'presentation');
    this.select(this.#indexFromHash());
    this.#root.classList.add('enhanced');
    window.addEventListener('hashchange', () => this.#followHash());
    window.addEventListener('popstate', () => this.#followHash());
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

  #followHash() {
    const index = this.#indexFromHash();
    this.select(index);
    if (location.hash) this.#tabs[index]?.scrollIntoView({ block: 'nearest' });
  }

  #indexFromHash(): number {
    const id = decodeURIComponent(location.hash.slice(1));
    const index = this.#tabs.findIndex((t) => t.dataset.tab === id);
    return index === -1 ? 0 : index;
  }

  #onKey(e: KeyboardEvent, i: number) {
    const last = this.#tabs.length - 1;
    const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.select(next, true);
    history.replaceState(null, '', `#${this.#tabs[next]!.dataset.tab}`);
  }
}
