import decodeQR from 'qr/decode.js';
import { describe, expect, test } from 'vitest';
import { decodeFrame } from '../../src/components/team/qr-reader';
import { qrFrame } from '../fixtures/qr-frame';

describe('decodeFrame (the scanner without BarcodeDetector)', () => {
  test('reads the QR code of a result link from a frame of pixels', () => {
    const link = 'https://example.org/leadership/inventory/results/#CL1-1430YTRZHQPSG84EMW1J0JC71ZNAW3DE';
    expect(decodeFrame(decodeQR, qrFrame(link))).toEqual([link]);
  });

  test('a frame without a QR code reads as nothing, not as an error', () => {
    const blank = { width: 64, height: 48, data: new Uint8ClampedArray(64 * 48 * 4).fill(255) };
    expect(decodeFrame(decodeQR, blank)).toEqual([]);
  });
});
