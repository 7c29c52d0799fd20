// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';

/** Base path and site URL come from the environment, so one build config serves any host. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefindIntegration()],
  devToolbar: { enabled: false },
});
