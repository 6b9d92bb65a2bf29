// PNG files made in memory for the PDF tests and the bench (no binary fixtures in the repo).
import { zlibSync } from "fflate";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A gradient PNG, RGB or RGBA (RGBA makes pdfkit decode the pixels to split the alpha). */
export function makePng(width: number, height: number, alpha = false): Uint8Array<ArrayBuffer> {
  const channels = alpha ? 4 : 3;
  const raw = new Uint8Array(height * (1 + width * channels));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * channels);
    for (let x = 0; x < width; x += 1) {
      const at = row + 1 + x * channels;
      raw[at] = (x * 255) / width;
      raw[at + 1] = (y * 255) / height;
      raw[at + 2] = 128;
      if (alpha) raw[at + 3] = 200;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, alpha ? 6 : 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlibSync(raw)),
    chunk("IEND", new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A PNG whose header is fine but whose pixel data stops halfway (a torn download). */
export function brokenPng(): Uint8Array<ArrayBuffer> {
  const good = makePng(64, 64, true);
  const header = 8 + 25;
  const idat = good.subarray(header);
  const length = new DataView(idat.buffer, idat.byteOffset).getUint32(0);
  const damaged = new Uint8Array(good);
  // Zero the second half of the compressed stream: the length and CRC stay, the inflate fails.
  damaged.fill(0, header + 8 + Math.floor(length / 2), header + 8 + length);
  return damaged;
}
