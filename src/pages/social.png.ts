/** The link-preview picture (Open Graph, Twitter card), rendered once at build time: no request at run time. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getSiteSettings } from '../content';
import { socialImageSvg } from '../lib/social-image';

export const GET: APIRoute = async () => {
  const settings = await getSiteSettings();
  const svg = socialImageSvg({ name: settings.name, tagline: settings.tagline, accent: settings.colors.accent.light });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
