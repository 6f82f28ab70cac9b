// Draws images/icon.png (128x128): a page with clause lines and a check mark. No image libraries needed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const N = 128;
const px = new Uint8Array(N * N * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= N || y >= N) return;
  const i = (y * N + x) * 4;
  px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
};
const navy = [22, 48, 92], white = [250, 250, 247], grey = [150, 162, 180], gold = [232, 170, 40];
// Rounded navy square.
for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) {
  const r = 22, cx = Math.min(Math.max(x, r), N - 1 - r), cy = Math.min(Math.max(y, r), N - 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) set(x, y, navy);
}
// Page with a folded corner.
for (let y = 20; y < 108; y++) for (let x = 30; x < 98; x++) if (!(x > 80 && y < 20 + (x - 80))) set(x, y, white);
// Clause lines.
for (const [y, w] of [[40, 44], [52, 52], [64, 38], [76, 48], [88, 30]]) for (let t = 0; t < 5; t++) for (let x = 40; x < 40 + w; x++) set(x, y + t, grey);
// Check mark.
const thick = (x0, y0, x1, y1) => {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let s = 0; s <= steps; s++) {
    const x = Math.round(x0 + ((x1 - x0) * s) / steps), y = Math.round(y0 + ((y1 - y0) * s) / steps);
    for (let dy = -5; dy <= 5; dy++) for (let dx = -5; dx <= 5; dx++) if (dx * dx + dy * dy <= 25) set(x + dx, y + dy, gold);
  }
};
thick(70, 88, 82, 100);
thick(82, 100, 108, 66);

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) { raw[y * (N * 4 + 1)] = 0; Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1); }
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
