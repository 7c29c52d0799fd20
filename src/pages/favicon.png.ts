/**
 * The site's icon as the pages link it: a PNG drawn once at build time from public/favicon.svg, so
 * that an organisation brands it by replacing that one file. Browsers fetch and decode a page's icon
 * in the page itself once it has loaded, which on the island pages is while their islands start: an
 * SVG icon is decoded as a whole document (in Chromium an isolated SVG page, 7–40 ms of main thread
 * on this project's machine, four times that on a phone), a small PNG in a fraction of a millisecond.
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { FAVICON } from '../lib/favicon';

export const GET: APIRoute = async () => {
  const svg = await readFile(join(process.cwd(), 'public', 'favicon.svg'));
  // Drawn large and scaled down, so that an SVG of any viewBox comes out sharp at the icon's size.
  const png = await sharp(svg, { density: 600 })
    .resize(FAVICON.size, FAVICON.size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
