/**
 * "Scan codes": a button that loads the camera scanner (ScanPanel, the camera code and the QR
 * decoder) only when pressed, so none of it is part of the page's first load.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

const TEXT = {
  scan: 'Scan codes',
  hint: 'Read participants’ result QR codes with this device’s camera.',
  loading: 'Loading the scanner…',
  loadFailed: 'The scanner could not be loaded. Reload the page and try again; you can still paste codes or add files.',
} as const;

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
            {TEXT.scan}
          </button>{' '}
          <span id="team-scan-hint" class="hint">
            {TEXT.hint}
          </span>
        </p>
      )}
      {state === 'loading' && <p role="status">{TEXT.loading}</p>}
      {state === 'failed' && <p role="alert">{TEXT.loadFailed}</p>}
      {state === 'open' && Panel !== null && <Panel onCodes={onCodes} onClose={close} />}
    </div>
  );
}
