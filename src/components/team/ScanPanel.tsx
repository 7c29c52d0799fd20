/**
 * The camera scanner, loaded only when a person presses "Scan codes": it opens the camera, reads
 * QR codes one after another, hands each new one on, counts them and says so, and stops the camera
 * when closed. Without a camera, or without permission, it says why; the other ways still work.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SHARE_CODE_PREFIX } from '../../lib/share-code';
import { createQrReader } from './qr-reader';

const TEXT = {
  heading: 'Scanning QR codes',
  starting: 'Starting the camera…',
  instructions:
    'Hold each person’s result QR code in front of the camera, one after another. Each new code is added as soon as it is read.',
  video: 'Camera picture',
  count: (n: number) => (n === 1 ? '1 code read' : `${n} codes read`),
  added: (n: number) => `Code ${n} read and added.`,
  again: (n: number) => `Already read: this is code ${n}. It is not counted twice.`,
  notACode: 'This QR code holds no result code or link; nothing was added.',
  stop: 'Stop scanning',
  close: 'Close',
  otherWays: 'You can still paste codes or links, or add result files.',
  problems: {
    unsupported: 'This browser cannot use a camera on this page.',
    'not-allowed': 'The camera was not allowed. To scan, allow this site to use the camera in the browser’s settings and try again.',
    'no-camera': 'No camera was found on this device.',
    busy: 'The camera is in use by another app, or the device could not start it. Close that app and try again.',
    failed: 'The camera could not be started.',
    decoder: 'The QR code reader could not be loaded. Reload the page and try again.',
  },
} as const;

/** Why scanning cannot go on. */
export type CameraProblem = keyof typeof TEXT.problems;

/** The problem behind a failed `getUserMedia` call, from the error's standard name. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'not-allowed';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'failed';
}

/** Whether a QR code's text holds something the gathering can read (a code or a result link). */
function holdsCode(text: string): boolean {
  return text.toUpperCase().includes(SHARE_CODE_PREFIX);
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
        const earlier = seen.indexOf(text);
        if (earlier !== -1) {
          setMessage(TEXT.again(earlier + 1));
        } else if (!holdsCode(text)) {
          setMessage(TEXT.notACode);
        } else {
          seen.push(text);
          setRead([...seen]);
          setMessage(TEXT.added(seen.length));
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
      <h3 id="team-scan-heading">{TEXT.heading}</h3>
      {problem === null ? (
        <p>{status.kind === 'starting' ? TEXT.starting : TEXT.instructions}</p>
      ) : (
        <p class="team-scan-problem" role="alert">
          {TEXT.problems[problem]} {TEXT.otherWays}
        </p>
      )}
      <video
        ref={video}
        class="team-scan-video"
        hidden={problem !== null}
        muted
        playsInline
        aria-label={TEXT.video}
      />
      <p class="team-scan-count" aria-live="polite" aria-atomic="true">
        <strong>{TEXT.count(read.length)}</strong>
        {message !== '' && <span class="team-scan-message"> {message}</span>}
      </p>
      {read.length > 0 && (
        <ol class="team-scan-list" aria-label="Codes read">
          {read.map((text) => (
            <li key={text}>
              <code>{shorten(text)}</code>
            </li>
          ))}
        </ol>
      )}
      <button type="button" ref={stopButton} onClick={onClose}>
        {problem === null ? TEXT.stop : TEXT.close}
      </button>
    </section>
  );
}

/** The last characters of what was read: enough to tell codes apart, short enough for a phone. */
function shorten(text: string): string {
  return text.length <= 16 ? text : `…${text.slice(-12)}`;
}
