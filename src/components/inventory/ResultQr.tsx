/** A QR code of a link, drawn as SVG in the browser; the QR library loads only when one is shown. */
import { useEffect, useState } from 'preact/hooks';
import { qrPath } from '../../lib/return-result';

const TEXT = {
  drawing: 'Drawing the QR code…',
  failed: 'The QR code could not be drawn here; copy the code or the link instead.',
  label: (caption: string) => `QR code. ${caption}`,
} as const;

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
          aria-label={TEXT.label(caption)}
          shape-rendering="crispEdges"
          data-modules={drawn.size}
        >
          <rect width={drawn.size} height={drawn.size} fill="#fff" />
          <path d={drawn.path} fill="#000" />
        </svg>
      ) : (
        <p class="result-qr-placeholder">{drawn.kind === 'drawing' ? TEXT.drawing : TEXT.failed}</p>
      )}
      <figcaption aria-hidden="true">{caption}</figcaption>
    </figure>
  );
}
