/**
 * Turn a Pagefind excerpt (plain text with <mark> around matches) into DOM nodes without
 * innerHTML: every other tag is dropped and all text is inserted as text.
 */
export function renderExcerpt(excerpt: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities((match?.[1] ?? part).replace(/<[^>]*>/g, ''));
    if (!text) continue;
    if (match) {
      const mark = doc.createElement('mark');
      mark.textContent = text;
      fragment.append(mark);
    } else {
      fragment.append(doc.createTextNode(text));
    }
  }
  return fragment;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}

/**
 * What the search dialog says when Pagefind cannot load. The dev server (`npm run dev`) has no
 * search index, which only a build makes, so there it says to build rather than to reload.
 */
export function searchLoadFailure(dev: boolean): string {
  return dev
    ? 'Search needs a build: the development server has no search index. Run “npm start”, which builds the site with its index and serves it, and search there.'
    : 'Search could not load. Please reload the page and try again.';
}
