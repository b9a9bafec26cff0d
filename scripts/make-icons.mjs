#!/usr/bin/env node
// Draws the site icons into public/ (run by hand when the design changes; the outputs are committed):
// icon.svg, apple-touch-icon.png (180 px) and favicon.ico (a 32 px PNG inside an ICO container).
// The mark is a white door on the brand green, drawn from the same shapes in SVG and in pixels.
import fs from "node:fs";
import zlib from "node:zlib";

const GREEN = [0x1c, 0x6b, 0x55];
const WHITE = [0xff, 0xff, 0xff];
// Shapes in a 32×32 grid: the rounded square, the door, the knob.
const RADIUS = 6;
const DOOR = { x: 10, y: 7, w: 12, h: 19 };
const KNOB = { cx: 18.5, cy: 17, r: 1.4 };

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${RADIUS}" fill="#1c6b55"/><rect x="${DOOR.x}" y="${DOOR.y}" width="${DOOR.w}" height="${DOOR.h}" rx="1" fill="#fff"/><circle cx="${KNOB.cx}" cy="${KNOB.cy}" r="${KNOB.r}" fill="#1c6b55"/></svg>\n`;

/** Colour of one pixel at size px, sampled 4×4 for smooth edges; [r, g, b, alpha]. */
function pixel(px, size, rounded) {
  const scale = 32 / size;
  let green = 0;
  let white = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = (px.x + (sx + 0.5) / 4) * scale;
      const y = (px.y + (sy + 0.5) / 4) * scale;
      const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS);
      const cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
      const inside = !rounded || (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
      if (!inside) continue;
      const inDoor = x >= DOOR.x && x <= DOOR.x + DOOR.w && y >= DOOR.y && y <= DOOR.y + DOOR.h;
      const inKnob = (x - KNOB.cx) ** 2 + (y - KNOB.cy) ** 2 <= KNOB.r ** 2;
      if (inDoor && !inKnob) white++;
      else green++;
    }
  }
  const covered = green + white;
  if (covered === 0) return [0, 0, 0, 0];
  const mix = (i) => Math.round((GREEN[i] * green + WHITE[i] * white) / covered);
  return [mix(0), mix(1), mix(2), Math.round((255 * covered) / 16)];
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of the mark; apple-touch-icon is square (iOS rounds it), the favicon keeps its rounded corners. */
function png(size, rounded) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel({ x, y }, size, rounded)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function ico(image, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the PNG data
  return Buffer.concat([header, image]);
}

fs.writeFileSync("public/icon.svg", svg);
fs.writeFileSync("public/apple-touch-icon.png", png(180, false));
fs.writeFileSync("public/favicon.ico", ico(png(32, true), 32));
console.log("icons written: public/icon.svg, public/apple-touch-icon.png, public/favicon.ico");
