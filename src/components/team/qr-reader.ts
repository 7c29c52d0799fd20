/**
 * Reading QR codes from a camera's video: the browser's BarcodeDetector where it reads QR codes,
 * otherwise the `qr` package's decoder. This module, and the decoder through it, is loaded only
 * when a person starts scanning (see ScanCodes.tsx).
 */

/** Something that reads the QR codes in the current frame of a video. */
export interface QrReader {
  /** Which decoder reads: the browser's own, or the one loaded from the `qr` package. */
  kind: 'native' | 'fallback';
  /** The text of every QR code in the video's current frame (none when there is none). */
  read(video: HTMLVideoElement): Promise<string[]>;
}

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Pixels of one frame, as `ImageData` holds them (RGBA, row by row). */
export interface Frame {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

type DecodeQR = (image: Frame) => string;

/** Frames are scaled down to this width at most before decoding: fast enough, and sharp enough for a code held up. */
const MAX_FRAME_WIDTH = 800;

/** The text of the QR code in a frame, or none; the decoder throws when it finds no code. */
export function decodeFrame(decode: DecodeQR, frame: Frame): string[] {
  try {
    const text = decode(frame);
    return text === '' ? [] : [text];
  } catch {
    return [];
  }
}

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector === undefined) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      kind: 'native',
      read: async (video) => (await detector.detect(video)).map((code) => code.rawValue).filter((text) => text !== ''),
    };
  } catch {
    return null;
  }
}

/** A reader for this browser: its BarcodeDetector when it reads QR codes, otherwise the `qr` package's decoder. */
export async function createQrReader(): Promise<QrReader> {
  const native = await nativeReader();
  if (native !== null) return native;
  const { default: decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  return {
    kind: 'fallback',
    read: async (video) => {
      const { videoWidth, videoHeight } = video;
      if (videoWidth === 0 || videoHeight === 0) return [];
      const scale = Math.min(1, MAX_FRAME_WIDTH / videoWidth);
      canvas.width = Math.round(videoWidth * scale);
      canvas.height = Math.round(videoHeight * scale);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (context === null) return [];
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      return decodeFrame(decodeQR, context.getImageData(0, 0, canvas.width, canvas.height));
    },
  };
}
