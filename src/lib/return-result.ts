/**
 * Returning a result to a workshop's facilitator: the result link, the `mailto:` link, the QR
 * code's drawing (an invitation in a fragment is recognised by `result-view.ts`, on the first load). Pure: no DOM, no storage.
 */
import { t } from '../i18n/t';
import type { Invitation } from './invitation-fields';
import { withBase } from './paths';

/**
 * The link that opens a result: the results page of the site the person is on, built from the
 * page's own address (`pageHref`) and the base path, never from a build-time setting.
 */
export function resultLink(pageHref: string, basePath: string, code: string): string {
  const url = new URL(withBase(basePath, 'inventory/results/'), pageHref);
  return `${url.origin}${url.pathname}#${code}`;
}

/** The subject line of the email that returns a result. */
export function returnSubject(invitation: Pick<Invitation, 'name'>): string {
  return t('inventory.returnSubject', { name: invitation.name });
}

/** The body of the email that returns a result: the code and the link, and what they hold. */
export function returnBody(invitation: Pick<Invitation, 'name'>, code: string, link: string): string {
  return t('inventory.returnBody', { name: invitation.name, code, link });
}

/**
 * A `mailto:` link to the workshop's address with the subject and body filled in, or null when the
 * invitation gives no address. Every part is percent-encoded (RFC 6068), so no text can add a header.
 */
export function returnMailto(
  invitation: Pick<Invitation, 'name' | 'email'>,
  code: string,
  link: string,
): string | null {
  if (invitation.email === undefined || invitation.email === '') return null;
  const to = encodeURIComponent(invitation.email).replace(/%40/g, '@');
  const subject = encodeURIComponent(returnSubject(invitation));
  const body = encodeURIComponent(returnBody(invitation, code, link).replace(/\n/g, '\r\n'));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}

/**
 * An SVG path drawing the dark modules of a QR code (rows of booleans), one unit a module: each
 * run of dark modules in a row is one rectangle. Drawn with `viewBox="0 0 size size"`.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
