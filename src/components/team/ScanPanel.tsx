/**
 * The camera scanner, loaded only when a person presses "Scan codes": it opens the camera, reads
 * QR codes one after another, hands each new one on, counts them and says so, and stops the camera
 * when closed. Without a camera, or without permission, it says why; the other ways still work.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { findCodes } from '../../lib/find-codes';
import { t, type MessageKey } from '../../i18n/t';
import { createQrReader } from './qr-reader';

/** The sentence for each reason scanning cannot go on. */
const PROBLEM_KEYS = {
  unsupported: 'team.cameraUnsupported',
  'not-allowed': 'team.cameraNotAllowed',
  'no-camera': 'team.cameraNone',
  busy: 'team.cameraBusy',
  failed: 'team.cameraFailed',
  decoder: 'team.cameraDecoder',
} as const satisfies Record<string, MessageKey>;

/** Why scanning cannot go on. */
export type CameraProblem = keyof typeof PROBLEM_KEYS;

/** The problem behind a failed `getUserMedia` call, from the error's standard name. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'not-allowed';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'failed';
}

/** How often a frame is read, in ms: often enough to feel instant, rare enough to spare a slow device. */
const READ_EVERY_MS = 200;

interface Props {
  /** Called once for every new code read, with the QR code's text. */
  onCodes(text: string): void;
  /** Called when the person stops scanning; the camera is already off. */
  onClose(): void;
}

type Status = { kind: 'starting' } | { kind: 'scanning' } | { kind: 'problem'; problem: CameraProblem };

/** The scanner panel: camera picture, live count, the last code's outcome, Stop. */
export default function ScanPanel({ onCodes, onClose }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'starting' });
  const [read, setRead] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const onCodesRef = useRef(onCodes);
  onCodesRef.current = onCodes;

  useEffect(() => {
    stopButton.current?.focus();
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen: string[] = [];
    let last = '';

    const take = (texts: string[]) => {
      for (const raw of texts) {
        const text = raw.trim();
        if (text === last) continue; // the same code still in front of the camera
        last = text;
        // Known by the codes it holds: a result's code and its link are the same result.
        const codes = findCodes(text).join(' ');
        const earlier = seen.indexOf(codes);
        if (codes === '') {
          setMessage(t('team.scanNotACode'));
        } else if (earlier !== -1) {
          setMessage(t('team.scanAgain', { number: earlier + 1 }));
        } else {
          seen.push(codes);
          setRead((list) => [...list, codes]);
          setMessage(t('team.scanAdded', { number: seen.length }));
          onCodesRef.current(text);
        }
      }
    };

    void (async () => {
      const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
      if (devices === undefined || typeof devices.getUserMedia !== 'function') {
        setStatus({ kind: 'problem', problem: 'unsupported' });
        return;
      }
      try {
        stream = await devices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (error) {
        if (!stopped) setStatus({ kind: 'problem', problem: cameraProblem(error) });
        return;
      }
      if (stopped) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      const element = video.current;
      if (element === null) return;
      element.srcObject = stream;
      element.play().catch(() => undefined); // muted and inline: allowed; a refusal only delays the picture
      let reader;
      try {
        reader = await createQrReader();
      } catch {
        if (!stopped) setStatus({ kind: 'problem', problem: 'decoder' });
        return;
      }
      if (stopped) return;
      setStatus({ kind: 'scanning' });
      const tick = async () => {
        if (stopped) return;
        try {
          take(await reader.read(element));
        } catch {
          // A frame that cannot be read (the video not ready yet) is skipped; the next one is tried.
        }
        if (!stopped) timer = setTimeout(() => void tick(), READ_EVERY_MS);
      };
      void tick();
    })();

    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      if (video.current !== null) video.current.srcObject = null;
    };
  }, []);

  const problem = status.kind === 'problem' ? status.problem : null;
  return (
    <section class="team-scan" aria-labelledby="team-scan-heading">
      <h3 id="team-scan-heading">{t('team.scanHeading')}</h3>
      {problem === null ? (
        <p>{status.kind === 'starting' ? t('team.scanStarting') : t('team.scanInstructions')}</p>
      ) : (
        <p class="team-scan-problem" role="alert">
          {t('team.scanProblem', { problem: t(PROBLEM_KEYS[problem]) })}
        </p>
      )}
      <video
        ref={video}
        class="team-scan-video"
        hidden={problem !== null}
        muted
        playsInline
        aria-label={t('team.scanVideo')}
      />
      <p class="team-scan-count" aria-live="polite" aria-atomic="true">
        <strong>{t('team.scanCount', { count: read.length })}</strong>
        {message !== '' && <span class="team-scan-message"> {message}</span>}
      </p>
      {read.length > 0 && (
        <ol class="team-scan-list" aria-label={t('team.scanList')}>
          {read.map((text) => (
            <li key={text}>
              <code>{shorten(text)}</code>
            </li>
          ))}
        </ol>
      )}
      <button type="button" ref={stopButton} onClick={onClose}>
        {problem === null ? t('team.scanStop') : t('team.scanClose')}
      </button>
    </section>
  );
}

/** The last characters of what was read: enough to tell codes apart, short enough for a phone. */
function shorten(text: string): string {
  return text.length <= 16 ? text : `…${text.slice(-12)}`;
}
