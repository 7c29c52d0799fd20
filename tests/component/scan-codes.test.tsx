import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ScanCodes from '../../src/components/team/ScanCodes';
import { buildInstrument } from '../../src/lib/instrument';
import { inventorySettingsSchema } from '../../src/lib/schemas';
import { encodeShareCode } from '../../src/lib/share-code';
import { qrFrame } from '../fixtures/qr-frame';
import './i18n-block';

const instrument = buildInstrument(
  [{ id: 'a', data: { title: 'A', order: 1, keyStatement: 'k', prompt: 'p', questions: [{ id: 'a1', text: 'a1?' }] } }],
  inventorySettingsSchema.parse({}),
);
const CODE_A = encodeShareCode(instrument, { a1: 3 }, 'team');
const LINK_A = `http://127.0.0.1:4321/inventory/results/#${CODE_A}`;
const CODE_B = `http://127.0.0.1:4321/inventory/results/#${encodeShareCode(instrument, { a1: 9 }, 'team', 'K7Q2')}`;
const shortened = (text: string) => `…${text.slice(-12)}`;
const WAIT = { timeout: 8000 };
vi.setConfig({ testTimeout: 20_000 });

/** A camera whose one track records whether it was stopped. */
function fakeCamera() {
  const track = { stop: vi.fn(), kind: 'video' };
  const stream = new MediaStream();
  Object.defineProperty(stream, 'getTracks', { value: () => [track] });
  const getUserMedia = vi.fn(async (_constraints: MediaStreamConstraints) => stream);
  return { track, stream, getUserMedia };
}

function setMediaDevices(value: unknown) {
  Object.defineProperty(navigator, 'mediaDevices', { value, configurable: true, writable: true });
}

/** A BarcodeDetector that sees, frame after frame, what `frames` lists, then nothing. */
function fakeDetector(frames: string[][]) {
  const seen: string[][] = [...frames];
  class FakeBarcodeDetector {
    static getSupportedFormats = async () => ['qr_code', 'ean_13'];
    constructor(readonly options: { formats: string[] }) {}
    async detect(_video: HTMLVideoElement) {
      return (seen.shift() ?? []).map((rawValue) => ({ rawValue }));
    }
  }
  Object.defineProperty(globalThis, 'BarcodeDetector', {
    value: FakeBarcodeDetector,
    configurable: true,
    writable: true,
  });
  return seen;
}

function renderScanner() {
  const onCodes = vi.fn<(text: string) => void>();
  render(<ScanCodes onCodes={onCodes} />);
  return onCodes;
}

const count = () => document.querySelector('.team-scan-count')?.textContent;

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(globalThis, 'BarcodeDetector');
  Reflect.deleteProperty(navigator, 'mediaDevices');
  Reflect.deleteProperty(HTMLVideoElement.prototype, 'videoWidth');
  Reflect.deleteProperty(HTMLVideoElement.prototype, 'videoHeight');
});

describe('Scan codes', () => {
  test('nothing of the camera runs before the button is pressed', () => {
    const camera = fakeCamera();
    setMediaDevices({ getUserMedia: camera.getUserMedia });
    renderScanner();
    expect(screen.getByRole('button', { name: 'Scan codes' })).toBeTruthy();
    expect(camera.getUserMedia).not.toHaveBeenCalled();
    expect(document.querySelector('video')).toBeNull();
  });

  test('reads codes one after another, counts each new one once, and stops the camera', async () => {
    const camera = fakeCamera();
    setMediaDevices({ getUserMedia: camera.getUserMedia });
    const pending = fakeDetector([[], [CODE_A], [CODE_A], [CODE_A], [], [CODE_B], [CODE_B], ['https://example.org/menu'], [LINK_A]]);
    const onCodes = renderScanner();
    fireEvent.click(screen.getByRole('button', { name: 'Scan codes' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Scanning QR codes' })).toBeTruthy(), WAIT);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop scanning' })));
    expect(camera.getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
    expect((document.querySelector('video') as HTMLVideoElement).srcObject).toBe(camera.stream);

    await waitFor(() => expect(count()).toBe('1 code read Code 1 read and added.'), WAIT);
    await waitFor(() => expect(count()).toBe('2 codes read Code 2 read and added.'), WAIT);
    await waitFor(
      () => expect(count()).toBe('2 codes read This QR code holds no result code or link; nothing was added.'),
      WAIT,
    );
    await waitFor(
      () => expect(count()).toBe('2 codes read Already read: this is code 1. It is not counted twice.'),
      WAIT,
    );
    await waitFor(() => expect(pending).toEqual([]), WAIT);

    expect(onCodes.mock.calls).toEqual([[CODE_A], [CODE_B]]);
    // Announced: the count and its message are one polite live region.
    expect(document.querySelector('.team-scan-count')?.getAttribute('aria-live')).toBe('polite');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([CODE_A, shortened(CODE_B)]);

    fireEvent.click(screen.getByRole('button', { name: 'Stop scanning' }));
    expect(camera.track.stop).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'Scanning QR codes' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Scan codes' })));
  });

  test('without BarcodeDetector, the QR decoder loaded on demand reads a real QR code from the video', async () => {
    const camera = fakeCamera();
    setMediaDevices({ getUserMedia: camera.getUserMedia });
    const frame = qrFrame(CODE_B);
    // happy-dom plays no video: the frame's size is what a camera would report.
    Object.defineProperty(HTMLVideoElement.prototype, 'videoWidth', { value: frame.width, configurable: true });
    Object.defineProperty(HTMLVideoElement.prototype, 'videoHeight', { value: frame.height, configurable: true });
    const drawImage = vi.fn();
    const context = { drawImage, getImageData: () => frame } as unknown as CanvasRenderingContext2D;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    const onCodes = renderScanner();
    fireEvent.click(screen.getByRole('button', { name: 'Scan codes' }));
    await waitFor(() => expect(onCodes.mock.calls).toEqual([[CODE_B]]), WAIT);
    expect(count()).toBe('1 code read Code 1 read and added.');
    expect(drawImage).toHaveBeenCalledWith(document.querySelector('video'), 0, 0, frame.width, frame.height);
    fireEvent.click(screen.getByRole('button', { name: 'Stop scanning' }));
    expect(camera.track.stop).toHaveBeenCalledTimes(1);
  });

  test.each([
    [
      'permission refused',
      new DOMException('Permission denied', 'NotAllowedError'),
      'The camera was not allowed. To scan, allow this site to use the camera in the browser’s settings and try again. You can still paste codes or links, or add result files.',
    ],
    [
      'no camera',
      new DOMException('Requested device not found', 'NotFoundError'),
      'No camera was found on this device. You can still paste codes or links, or add result files.',
    ],
    [
      'camera busy',
      new DOMException('Could not start video source', 'NotReadableError'),
      'The camera is in use by another app, or the device could not start it. Close that app and try again. You can still paste codes or links, or add result files.',
    ],
  ])('%s: a clear message, nothing read, Close returns to the button', async (_name, error, message) => {
    const getUserMedia = vi.fn(async () => Promise.reject(error));
    setMediaDevices({ getUserMedia });
    fakeDetector([[CODE_A]]);
    const onCodes = renderScanner();
    fireEvent.click(screen.getByRole('button', { name: 'Scan codes' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message), WAIT);
    expect((document.querySelector('video') as HTMLVideoElement).hidden).toBe(true);
    expect(count()).toBe('0 codes read');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Scan codes' })));
    expect(onCodes).not.toHaveBeenCalled();
  });

  test('no camera API at all (no navigator.mediaDevices): says so', async () => {
    setMediaDevices(undefined);
    renderScanner();
    fireEvent.click(screen.getByRole('button', { name: 'Scan codes' }));
    await waitFor(
      () =>
        expect(screen.getByRole('alert').textContent).toBe(
          'This browser cannot use a camera on this page. You can still paste codes or links, or add result files.',
        ),
      WAIT,
    );
  });
});

describe('Scan codes on the collective profile', () => {
  test('scanned codes go the way of pasted ones: added to the collection, a repeat not counted', async () => {
    const one = encodeShareCode(instrument, { a1: 3 }, 'team');
    const two = encodeShareCode(instrument, { a1: 9 }, 'team');
    localStorage.clear();
    const camera = fakeCamera();
    setMediaDevices({ getUserMedia: camera.getUserMedia });
    fakeDetector([[one], [], [two], [one]]);
    vi.resetModules();
    const { default: TeamProfile } = await import('../../src/components/team/TeamProfile');
    render(<TeamProfile instrument={instrument} frameworkHref="/framework/" />);
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Scan codes' }) as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Scan codes' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your collection: 2 results' })).toBeTruthy(), WAIT);
    await waitFor(
      () => expect(count()).toBe('2 codes read Already read: this is code 1. It is not counted twice.'),
      WAIT,
    );
    expect(screen.getByRole('heading', { name: 'Your collection: 2 results' })).toBeTruthy();
  });
});
