/** The site's icon as its pages link it (src/pages/favicon.png.ts draws it from public/favicon.svg). */
export const FAVICON = { path: 'favicon.png', size: 48 } as const;
