/** Every island page's messages in every language, as JSON files (see src/i18n/message-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { messagesOf, siteLanguages } from '../../i18n/page';
import { MESSAGE_BUNDLES, messageFile, type MessageBundle } from '../../i18n/message-files';

export const getStaticPaths = (async () => {
  const files = [];
  for (const language of await siteLanguages()) {
    const dictionary = await messagesOf(language.code);
    for (const bundle of Object.keys(MESSAGE_BUNDLES) as MessageBundle[]) {
      const { name, messages } = messageFile(language.code, bundle, dictionary);
      files.push({ params: { file: name }, props: { messages } });
    }
  }
  return files;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['messages']), { headers: { 'content-type': 'application/json; charset=utf-8' } });
