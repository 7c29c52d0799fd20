/**
 * The site search element: its dialog, Pagefind loaded when the dialog first opens, and the results.
 * SiteSearch.astro loads this module once the page's HTML is on screen, and opens the dialog itself
 * for a press of its button or of "/" that came before.
 */
import { questionAnchor, renderExcerpt, searchLoadFailure, type SearchAnchor } from '../lib/search-excerpt';
import { t } from '../i18n/t';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
  anchors?: SearchAnchor[];
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Focus the element a fragment names, or the nearest focusable region around it (a tab panel). */
function focusTarget(hash: string) {
  let id = '';
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  document.getElementById(id)?.closest<HTMLElement>('[tabindex]')?.focus({ preventScroll: true });
}

export class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #leaving = false;

  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    const input = this.querySelector('input')!;
    const opener = this.querySelector<HTMLButtonElement>('[data-open]')!;
    opener.addEventListener('click', () => this.open());
    this.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
    // However it was opened (button or "/"), closing returns focus to the Search button.
    dialog.addEventListener('close', () => {
      if (!this.#leaving) opener.focus();
      this.#leaving = false;
    });
    this.querySelector('[data-form]')!.addEventListener('submit', (e) => e.preventDefault());
    input.addEventListener('input', () => void this.search(input.value));
    // In a search field Chromium's Escape only clears the text; one Escape should close the dialog.
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        dialog.close();
      }
    });
    dialog.addEventListener('click', (e) => {
      const link = (e.target as HTMLElement).closest('a');
      if (link) {
        // The link is followed: focus goes where it leads, not back to the button.
        this.#leaving = true;
        dialog.close();
        const url = new URL(link.href);
        if (url.pathname !== location.pathname || !url.hash) return;
        // On this page, wait until the fragment has been followed (e.g. its tab selected).
        if (url.hash === location.hash) setTimeout(() => focusTarget(url.hash));
        else window.addEventListener('hashchange', () => focusTarget(url.hash), { once: true });
      }
    });
    // Opened before this code arrived (SiteSearch.astro): search for what was typed meanwhile.
    if (dialog.open) {
      this.#pagefind ??= this.#load();
      if (input.value.trim() !== '') void this.search(input.value);
    }
  }

  open() {
    const dialog = this.querySelector('dialog')!;
    this.#pagefind ??= this.#load();
    if (!dialog.open) dialog.showModal();
    this.querySelector('input')!.focus();
  }

  /** Load Pagefind from this site's base path, so result links keep the base path too. */
  async #load(): Promise<Pagefind> {
    const pagefind = (await import(/* @vite-ignore */ this.dataset.bundle!)) as Pagefind;
    await pagefind.options({ baseUrl: this.dataset.base! });
    // Start fetching the index now; a failure here surfaces in search() as a message.
    pagefind.init().catch(() => undefined);
    return pagefind;
  }

  async search(query: string) {
    const status = this.querySelector('[data-status]')!;
    const list = this.querySelector('[data-results]')!;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let found;
    try {
      found = await (await this.#pagefind!).debouncedSearch(query);
    } catch {
      status.textContent = searchLoadFailure(import.meta.env.DEV);
      return;
    }
    if (found === null) return; // superseded by a newer query
    const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    const items = data.flatMap((page) => {
      // A match inside a question links to that question, not only to its section.
      const subs = (page.sub_results?.filter((s) => s.url.includes('#')) ?? []).map((s) => {
        const question = questionAnchor(s.locations ?? [], page.anchors ?? []);
        return question === null ? s : { ...s, url: `${s.url.split('#')[0]}#${question.id}` };
      });
      const targets =
        subs.length > 0 ? subs : [{ url: page.url, title: page.meta.title ?? page.url, excerpt: page.excerpt }];
      return targets.map((t) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = t.url;
        a.textContent = t.title;
        const p = document.createElement('p');
        p.append(renderExcerpt(t.excerpt));
        li.append(a, p);
        return li;
      });
    });
    list.replaceChildren(...items);
    status.textContent =
      items.length === 0 ? t('searchResults.none', { query }) : t('searchResults.count', { count: items.length });
  }
}
customElements.define('site-search', SiteSearch);
