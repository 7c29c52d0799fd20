/**
 * Turn a Pagefind excerpt (plain text with <mark> around matches) into DOM nodes without
 * innerHTML: every other tag is dropped and all text is inserted as text.
 */
import { t } from '../i18n/t';

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

/** An element with an id, as Pagefind records it: where it starts among the page's words. */
export interface SearchAnchor {
  id: string;
  location: number;
  text?: string;
}

/**
 * The question a search match falls in: the element with an id that starts most closely before
 * the first matched word, when that element is a question (id "q-…"). Null when the match is not
 * inside a question, so that the result keeps linking to its section.
 */
export function questionAnchor(locations: readonly number[], anchors: readonly SearchAnchor[]): SearchAnchor | null {
  if (locations.length === 0) return null;
  const first = Math.min(...locations);
  let closest: SearchAnchor | null = null;
  for (const anchor of anchors) {
    if (anchor.location <= first && (closest === null || anchor.location >= closest.location)) closest = anchor;
  }
  return closest !== null && closest.id.startsWith('q-') ? closest : null;
}

/**
 * What the search dialog says when Pagefind cannot load. The dev server (`npm run dev`) has no
 * search index, which only a build makes, so there it says to build rather than to reload.
 */
export function searchLoadFailure(dev: boolean): string {
  return dev ? t('searchResults.devNoIndex') : t('searchResults.loadFailed');
}
