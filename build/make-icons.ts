/**
 * Draws the app icons (PNG, for the web app manifest) from one SVG with the system Chromium.
 * Run by hand when the icon changes (`npx tsx build/make-icons.ts`); the PNGs are committed,
 * so a build needs no browser.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../tests/support/chromium.ts';

// The favicon's mark; the maskable variant keeps it inside the 80% safe zone.
const icon = (size: number, maskable: boolean) => {
  const inset = maskable ? size * 0.2 : size * 0.12;
  const scale = (size - 2 * inset) / 32;
  const radius = maskable ? 0 : size * 0.19;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="#01689b"/>
  <g transform="translate(${inset} ${inset}) scale(${scale})">
    <path d="M2 6l5 20 9-15 9 15 5-20" fill="none" stroke="#fff" stroke-width="3.4"
      stroke-linejoin="round" stroke-linecap="round"/>
  </g>
</svg>`;
};

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, false],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${icon(size, maskable)}`,
  );
  writeFileSync(`public/icons/${name}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
console.log('Icons written to public/icons.');
