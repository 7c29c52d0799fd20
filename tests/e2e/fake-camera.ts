/**
 * A camera picture for Chromium's fake capture device (`--use-file-for-fake-video-capture`): a
 * Y4M video (YUV 4:2:0) made from frames of pixels, so that a browser test can hold QR codes up
 * to the page's scanner. Each frame is centred on a white picture; Chromium loops the file.
 */
import { writeFileSync } from 'node:fs';
import type { RgbaFrame } from '../fixtures/qr-frame';

/** Write a Y4M video of `width`×`height` at `fps`, showing each frame for `framesEach` frames. */
export function writeY4m(file: string, frames: readonly RgbaFrame[], { width = 640, height = 480, fps = 10, framesEach = 10 } = {}): void {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chunks: Buffer[] = [header];
  for (const frame of frames) {
    const luma = Buffer.alloc(width * height, 255);
    const left = Math.floor((width - frame.width) / 2);
    const top = Math.floor((height - frame.height) / 2);
    if (left < 0 || top < 0) throw new Error(`A ${frame.width}×${frame.height} frame does not fit in ${width}×${height}.`);
    for (let y = 0; y < frame.height; y++)
      for (let x = 0; x < frame.width; x++) {
        const at = (y * frame.width + x) * 4;
        const r = frame.data[at]!;
        const g = frame.data[at + 1]!;
        const b = frame.data[at + 2]!;
        luma[(top + y) * width + left + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      }
    const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128); // no colour: U and V at their middle
    for (let i = 0; i < framesEach; i++) chunks.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  writeFileSync(file, Buffer.concat(chunks));
}
