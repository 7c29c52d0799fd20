// Adds /manifest.webmanifest: the web app manifest, made from content/settings/site.yaml, so that
// the site can be installed and opened offline like an app, under any base path.

/** @returns {import('astro').AstroIntegration} */
export function webManifestIntegration() {
  return {
    name: 'web-manifest',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/manifest.webmanifest',
          entrypoint: new URL('./web-manifest-route.ts', import.meta.url),
          prerender: true,
        });
      },
    },
  };
}
