/** The web app manifest, built from the site settings. Its URLs are relative to the manifest, so they follow the base path. */
import type { APIRoute } from 'astro';
import { getSiteSettings } from '../content';

export const GET: APIRoute = async () => {
  const settings = await getSiteSettings();
  const manifest = {
    name: settings.name,
    description: settings.tagline,
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: settings.colors.accent.light,
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
