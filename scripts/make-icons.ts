/**
 * Draws the portal's icons from the emblem's geometry (components/site/emblem.tsx) and writes
 * them as files, with nothing downloaded and no image library: a small anti-aliased rasterizer and
 * a PNG encoder on node:zlib. Run it again after changing the emblem:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Writes app/icon.svg, app/favicon.ico (32×32), app/apple-icon.png (180×180) and
 * public/icon-192.png, public/icon-512.png (for the web manifest).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const BRAND: [number, number, number] = [0x17, 0x66, 0x3a];
const WHITE: [number, number, number] = [255, 255, 255];

// ── geometry in the emblem's 64×64 box ──────────────────────────────────────────────────────────
type Shape = (x: number, y: number) => boolean;

const disc = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx: number, cy: number, r: number, width: number): Shape => (x, y) =>
  Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2;
const segment = (x1: number, y1: number, x2: number, y2: number, width: number): Shape => (x, y) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= width / 2;
};
const ellipse = (cx: number, cy: number, rx: number, ry: number, degrees: number): Shape => {
  const a = (-degrees * Math.PI) / 180;
  return (x, y) => {
    const u = (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a);
    const v = (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a);
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  };
};

const white: Shape[] = [
  ring(32, 32, 25, 2),
  segment(32, 22, 32, 50, 2.5),
  ellipse(32, 18, 2.4, 4.5, 0),
  ...[24, 30, 36, 42].flatMap((y) => [ellipse(26.5, y, 5, 2.4, -35), ellipse(37.5, y, 5, 2.4, 35)]),
];
const badge = disc(32, 32, 30);

/**
 * RGBA pixels of the emblem at `size`. `fullBleed` paints the whole square in the brand colour
 * (touch icons must be opaque; the system rounds the corners) and scales the mark to keep a margin.
 */
function render(size: number, fullBleed: boolean): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const samples = 4;
  // Full-bleed icons draw the 64-unit emblem inside the square with a safe-zone margin.
  const scale = fullBleed ? 64 / (size * 0.86) : 64 / size;
  const offset = fullBleed ? (64 - size * scale) / 2 : 0;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let whiteCover = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale + offset;
          const y = (py + (sy + 0.5) / samples) * scale + offset;
          const inBadge = fullBleed || badge(x, y);
          if (!inBadge) continue;
          cover++;
          if (white.some((s) => s(x, y))) whiteCover++;
        }
      }
      const n = samples * samples;
      const i = (py * size + px) * 4;
      const alpha = cover / n;
      const w = cover ? whiteCover / cover : 0;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(BRAND[c] * (1 - w) + WHITE[c] * w);
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

// ── PNG ──────────────────────────────────────────────────────────────────────────────────────────
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // Each scanline starts with filter type 0 (none); deflate does the rest.
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico holding one PNG image (supported by every browser since Windows Vista's format). */
function encodeIco(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = size; // width
  header[7] = size; // height
  header[8] = 0; // no palette
  header[9] = 0;
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}

const png = (size: number, fullBleed: boolean) => encodePng(render(size, fullBleed), size, size);

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <circle cx="32" cy="32" r="30" fill="#17663a"/>
  <circle cx="32" cy="32" r="25" fill="none" stroke="#fff" stroke-width="2"/>
  <path d="M32 50V22" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>
  <g fill="#fff">
${[24, 30, 36, 42]
  .map(
    (y) =>
      `    <ellipse cx="26.5" cy="${y}" rx="5" ry="2.4" transform="rotate(-35 26.5 ${y})"/>\n    <ellipse cx="37.5" cy="${y}" rx="5" ry="2.4" transform="rotate(35 37.5 ${y})"/>`,
  )
  .join('\n')}
    <ellipse cx="32" cy="18" rx="2.4" ry="4.5"/>
  </g>
</svg>
`;

const files: [string, Buffer | string][] = [
  ['app/icon.svg', svg],
  ['app/favicon.ico', encodeIco(png(32, false), 32)],
  ['app/apple-icon.png', png(180, true)],
  ['public/icon-192.png', png(192, true)],
  ['public/icon-512.png', png(512, true)],
];
for (const [file, data] of files) {
  writeFileSync(path.join(root, file), data);
  console.log(`${file}: ${typeof data === 'string' ? Buffer.byteLength(data) : data.length} bytes`);
}
