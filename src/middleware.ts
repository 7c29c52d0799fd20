/**
 * Before each page renders (at build time: every page is static), set its interface language from
 * its address: `/en-xa/framework/` is the pseudo-locale's, `/framework/` the default language's.
 * Pages, the layout and the content readers then use that language without being told.
 */
import { defineMiddleware } from 'astro:middleware';
import { languageOfPage, setPageLanguageCode } from './i18n/page';

/** Sets the page's language, then renders it. */
export const onRequest = defineMiddleware(async (context, next) => {
  setPageLanguageCode((await languageOfPage(context.url.pathname)).code);
  return next();
});
