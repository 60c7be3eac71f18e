#!/usr/bin/env node
/**
 * Writes the add-in's ribbon and store icons (assets/icon-<size>.png) without any image library: a rounded
 * square in the product colour with a white check mark, encoded as an RGBA PNG through zlib. Run it again only
 * when the design changes; the PNGs are committed.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [35, 47, 62]; // AWS squid ink
const ACCENT = [255, 153, 0]; // AWS orange
const CHECK = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to the segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of one pixel by the shape, sampled 4x4 for smooth edges at small sizes. */
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
}

function roundedSquare(u, v) {
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  return Math.hypot(u - cx, v - cy) <= r;
}

function checkMark(u, v) {
  const w = 0.075;
  return (
    segmentDistance(u, v, 0.24, 0.5, 0.43, 0.69) <= w ||
    segmentDistance(u, v, 0.43, 0.69, 0.78, 0.3) <= w
  );
}

function accentBar(u, v) {
  return v >= 0.8 && v <= 0.88 && u >= 0.2 && u <= 0.8;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const bg = coverage(size, x, y, roundedSquare);
      const check = coverage(size, x, y, checkMark);
      const bar = size >= 32 ? coverage(size, x, y, accentBar) : 0;
      const mix = (c) =>
        Math.round(BACKGROUND[c] * (1 - check - bar) + CHECK[c] * check + ACCENT[c] * bar);
      const o = 1 + x * 4;
      row[o] = mix(0);
      row[o + 1] = mix(1);
      row[o + 2] = mix(2);
      row[o + 3] = Math.round(255 * bg);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
