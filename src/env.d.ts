declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate once the page has painted its first content (src/client-directives/paint.ts). */
    'client:paint'?: boolean;
  }
}
export {};
