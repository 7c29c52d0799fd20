/**
 * "Scan codes": a button that loads the camera scanner (ScanPanel, the camera code and the QR
 * decoder) only when pressed, so none of it is part of the page's first load.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t';

interface PanelProps {
  onCodes(text: string): void;
  onClose(): void;
}

interface Props {
  /** Called once for every new code read, with the QR code's text: the same path as pasted text. */
  onCodes(text: string): void;
  /** Disables the button (e.g. until the saved collection is read). */
  disabled?: boolean;
}

/** The "Scan codes" button and, once pressed, the scanner. */
export default function ScanCodes({ onCodes, disabled = false }: Props) {
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    // Back on the button once the scanner is closed, so that keyboard users are where they were.
    if (state === 'closed' && refocus.current) button.current?.focus();
    refocus.current = false;
  }, [state]);

  const open = () => {
    if (state === 'loading' || state === 'open') return;
    setState('loading');
    import('./ScanPanel').then(
      (module) => {
        setPanel(() => module.default);
        setState('open');
      },
      () => setState('failed'),
    );
  };
  const close = () => {
    refocus.current = true;
    setState('closed');
  };

  return (
    <div class="team-scan-codes">
      {state !== 'open' && (
        <p>
          <button type="button" ref={button} onClick={open} disabled={disabled} aria-describedby="team-scan-hint">
            {t('team.scan')}
          </button>{' '}
          <span id="team-scan-hint" class="hint">
            {t('team.scanHint')}
          </span>
        </p>
      )}
      {state === 'loading' && <p role="status">{t('team.scanLoading')}</p>}
      {state === 'failed' && <p role="alert">{t('team.scanLoadFailed')}</p>}
      {state === 'open' && Panel !== null && <Panel onCodes={onCodes} onClose={close} />}
    </div>
  );
}
