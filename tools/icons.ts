import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import sharp from 'sharp';

/** Icons are drawn once as SVG in assets/ and rendered to the PNG sizes Teams and Outlook ask for. */
export const ASSETS_DIR = fileURLToPath(new URL('../assets/', import.meta.url));
export const COLOR_SVG = path.join(ASSETS_DIR, 'icon-color.svg');
export const OUTLINE_SVG = path.join(ASSETS_DIR, 'icon-outline.svg');
/** Outlook ribbon buttons need 16, 32 and 80 px; they are served from /assets/ by the web build. */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

export async function renderColorIcon(size: number): Promise<Buffer> {
  return sharp(await readFile(COLOR_SVG), { density: 72 * (size / 32) })
    .resize(size, size)
    .png()
    .toBuffer();
}

/**
 * Teams requires the outline icon to be white on transparent. Anti-aliasing can leave edge pixels
 * slightly off-white, so every pixel's colour is forced to white and only alpha carries the shape.
 */
export async function renderOutlineIcon(size = 32): Promise<Buffer> {
  const { data, info } = await sharp(await readFile(OUTLINE_SVG), { density: 72 * (size / 32) })
    .resize(size, size)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (let i = 0; i < data.length; i += 4) {
    data[i] = 255;
    data[i + 1] = 255;
    data[i + 2] = 255;
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } }).png().toBuffer();
}

export function ribbonIconPath(size: number): string {
  return path.join(ASSETS_DIR, `icon-${size}.png`);
}

/** `npm run icons`: re-render the committed ribbon PNGs after changing the SVG. */
export async function writeRibbonIcons(): Promise<string[]> {
  const written: string[] = [];
  for (const size of RIBBON_ICON_SIZES) {
    await writeFile(ribbonIconPath(size), await renderColorIcon(size));
    written.push(ribbonIconPath(size));
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeRibbonIcons().then(
    (files) => console.log(`Skrev ${files.length} ikoner:\n${files.join('\n')}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
