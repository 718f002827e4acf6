/**
 * Makes the PNG icons the web app manifest lists, from app/icon.svg. Run after changing the
 * icon (`node scripts/generate-icons.mjs`) and commit the PNGs: they are served as static files,
 * so the build needs no image step.
 *
 * The maskable one is drawn separately: launchers crop it to a circle or squircle that keeps only
 * the centre 80 %, so it fills the square with the background and keeps the glyph well inside.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"));
const out = (name) => path.join(root, "public/icons", name);

// The glyph of app/icon.svg (a speech bubble), centred at 60 % of the size on a full square.
const maskable = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#2563eb"/>` +
    `<g transform="translate(16 16.5) scale(0.6) translate(-16 -16.5)"><path d="M8 10h16v9H14l-4 4v-4H8z" fill="#fff"/></g></svg>`,
);

for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toFile(out(`icon-${size}.png`));
}
await sharp(maskable, { density: (72 * 512) / 32 }).resize(512, 512).png().toFile(out("maskable-512.png"));
// iOS ignores the manifest's icons for "Add to Home Screen" and uses this one (no transparency).
await sharp(maskable, { density: (72 * 180) / 32 }).resize(180, 180).png().toFile(out("apple-touch-icon.png"));
console.log("icons written to public/icons");
