/** A QR code of a link, drawn as SVG in the browser; the QR library loads only when one is shown. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { qrPath } from '../../lib/return-result';

interface Props {
  /** What the QR code holds. */
  text: string;
  /** A short line under it, also its accessible name. */
  caption: string;
}

type Drawn = { kind: 'drawing' } | { kind: 'drawn'; size: number; path: string } | { kind: 'failed' };

/** Dark modules on white with a quiet zone, whatever the colour scheme, so that any camera reads it. */
export function ResultQr({ text, caption }: Props) {
  const [drawn, setDrawn] = useState<Drawn>({ kind: 'drawing' });
  useEffect(() => {
    let current = true;
    import('qr').then(
      ({ default: encodeQR }) => {
        if (!current) return;
        const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
        setDrawn({ kind: 'drawn', size: modules.length, path: qrPath(modules) });
      },
      () => current && setDrawn({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [text]);

  return (
    <figure class="result-qr" data-testid="result-qr">
      {drawn.kind === 'drawn' ? (
        <svg
          viewBox={`0 0 ${drawn.size} ${drawn.size}`}
          role="img"
          aria-label={t('inventory.qrLabel', { caption })}
          shape-rendering="crispEdges"
          data-modules={drawn.size}
        >
          <rect width={drawn.size} height={drawn.size} fill="#fff" />
          <path d={drawn.path} fill="#000" />
        </svg>
      ) : (
        <p class="result-qr-placeholder">{drawn.kind === 'drawing' ? t('inventory.qrDrawing') : t('inventory.qrFailed')}</p>
      )}
      <figcaption aria-hidden="true">{caption}</figcaption>
    </figure>
  );
}
