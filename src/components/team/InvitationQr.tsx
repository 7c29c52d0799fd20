/**
 * The invitation link as a QR code, drawn as one SVG path (no markup strings, nothing inserted as
 * HTML). Loaded only when the facilitator asks for the QR code: it brings the `qr` package.
 */
import encodeQR from 'qr';
import { qrPath } from '../../lib/return-result';
import { t } from '../../i18n/t';

/** The QR code of `text`, or a sentence saying why it cannot be drawn. */
export default function InvitationQr({ text, label }: { text: string; label: string }) {
  let modules: boolean[][];
  try {
    modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  } catch {
    return <p class="team-notice">{t('workshop.qrTooLong')}</p>;
  }
  const size = modules.length;
  return (
    <svg
      class="invitation-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-modules={size}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  );
}
