/**
 * The picture that link previews show (Open Graph and Twitter cards): drawn at build time from the
 * site settings as SVG, then rendered to PNG (src/pages/social.png.ts). Pure: no file or network.
 */

/** The size link previews expect for a large card (1.91:1). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** Escape text for an SVG text node or attribute. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Break text into at most `maxLines` lines of about `width` characters, ending with "…" when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  // A single word longer than the width is cut, so the text never runs off the picture.
  return lines.map((l) => ([...l].length > width + 1 ? `${[...l].slice(0, width).join('')}…` : l));
}

/** The social image as SVG: the site name, its tagline and the seven COMPASS letters, in the accent colour. */
export function socialImageSvg(settings: { name: string; tagline: string; accent: string }): string {
  const { width, height } = SOCIAL_IMAGE;
  const name = wrapText(settings.name, 26, 2);
  const tagline = wrapText(settings.tagline, 46, 3);
  const nameLines = name
    .map((line, i) => `<text x="80" y="${200 + i * 84}" class="name">${escapeXml(line)}</text>`)
    .join('');
  const taglineTop = 200 + name.length * 84 + 20;
  const taglineLines = tagline
    .map((line, i) => `<text x="80" y="${taglineTop + i * 50}" class="tagline">${escapeXml(line)}</text>`)
    .join('');
  const letters = [...'COMPASS']
    .map((ch, i) => `<text x="${80 + i * 64}" y="${height - 70}" class="letter">${ch}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;fill:#fff}` +
    `.name{font-size:72px;font-weight:bold}.tagline{font-size:38px}.letter{font-size:44px;font-weight:bold;opacity:.75}</style>` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(settings.accent)}"/>` +
    `<rect x="0" y="${height - 16}" width="${width}" height="16" fill="#fff" opacity=".35"/>` +
    nameLines +
    taglineLines +
    letters +
    `</svg>`
  );
}
