// The site's own client directive, `client:paint` (./paint.ts), added to Astro's.
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function clientPaintIntegration() {
  return {
    name: 'client-paint',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'paint', entrypoint: fileURLToPath(new URL('./paint.ts', import.meta.url)) });
      },
    },
  };
}
