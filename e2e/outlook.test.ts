import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';
import { compileCatalogues } from '../tools/catalogueSplitLoader.mjs';
import { teamsThemeCss } from '../tools/teamsThemeCss.mjs';
import { assertChromiumInstalled, connectChromium } from './support/appHarness';
import { screenshotPath } from './support/screenshots';
import type { Browser, Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { AGENDA_BLOCK_END, AGENDA_BLOCK_START } from '../src/documents';

/**
 * The Outlook task pane in Debian's Chromium at Outlook's narrowest task pane width (320 px), with
 * a fake mailbox as the Office global: the organiser inserts the 2026 seed agenda, the attendee
 * reads it, a guest without SharePoint access sees the invite's files. axe-core checks each view.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CASE_NUMBERS = ['2026.01', '2026.02', '2026.03', '2026.04', '2026.05', '2026.06', '2026.07'];

const THEME_SHEETS = { default: '/theme-default.css', dark: '/theme-dark.css', contrast: '/theme-contrast.css' } as const;
let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

/**
 * The catalogues compiled as webpack's loader compiles them (tools/catalogueSplitLoader.mjs): a
 * production build carries no ICU compiler, so a text the build left uncompiled would show raw.
 */
const compiledCatalogues: Plugin = {
  name: 'compiled-catalogues',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]ui[\\/].*\.tsx?$/ }, async (args) => ({
      contents: compileCatalogues(await readFile(args.path, 'utf8'), args.path),
      loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
    }));
  },
};

beforeAll(async () => {
  assertChromiumInstalled();
  outDir = mkdtempSync(path.join(os.tmpdir(), 'motebok-outlook-e2e-'));
  await build({
    entryPoints: [path.join(HERE, 'outlookPaneHarness.tsx')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    outfile: path.join(outDir, 'pane.js'),
    // The Teams themes as the build makes them (tools/teamsThemeCss.mjs): light linked from the page, dark and high contrast fetched by the pane.
    define: { 'process.env.NODE_ENV': '"production"', __MOTEBOK_THEME_SHEETS__: JSON.stringify(THEME_SHEETS) },
    plugins: [compiledCatalogues],
    logLevel: 'error',
  });
  const page = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Møtebok for Outlook</title><link rel="stylesheet" href="${THEME_SHEETS.default}"></head><body><div id="root"></div><script type="module" src="/pane.js"></script></body></html>`;
  const script = readFileSync(path.join(outDir, 'pane.js'));
  server = createServer((request, response) => {
    const theme = Object.entries(THEME_SHEETS).find(([, href]) => (request.url ?? '') === href)?.[0] as keyof typeof THEME_SHEETS | undefined;
    if ((request.url ?? '').startsWith('/pane.js')) response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (theme) response.writeHead(200, { 'content-type': 'text/css' }).end(teamsThemeCss(theme));
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await connectChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function openPane(query: string, forcedColors: 'active' | 'none' = 'none'): Promise<Page> {
  // A context per page: axe-core/playwright needs one, and each pane starts from a clean state.
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, forcedColors });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/?${query}`);
  expect(errors).toEqual([]);
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations, passes } = await seriousAxeViolations(page);
  // axe must really have looked at the pane (rules passed), or an empty violation list proves nothing.
  expect(passes).toBeGreaterThan(10);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('Outlook pane in Chromium at 320 px', () => {
  it('the organiser inserts the 2026 seed agenda: the body gets the marked block with every case number', async () => {
    const page = await openPane('mode=compose');
    const insert = page.getByRole('button', { name: 'Sett inn saksliste' });
    await insert.waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await insert.click();
    await page.getByText(/Sakslisten med 7 saker er satt inn/).waitFor({ timeout: 20_000 });
    const state = await page.evaluate(() => ({
      body: window.__fakeMailbox?.bodyHtml ?? '',
      subject: window.__fakeMailbox?.subject,
      files: window.__fakeMailbox?.attachments.map((a) => a.name) ?? [],
      properties: window.__fakeMailbox?.customProperties ?? {},
    }));
    const start = state.body.indexOf(AGENDA_BLOCK_START);
    const end = state.body.indexOf(AGENDA_BLOCK_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const block = state.body.slice(start, end);
    for (const caseNumber of CASE_NUMBERS) expect(block).toContain(caseNumber);
    expect(state.body.slice(end)).toContain('Vel møtt! Hilsen sekretariatet');
    expect(state.subject).toBe('Partnerskapsmøtet 11.06.2026');
    expect(state.files).toHaveLength(2);
    expect(state.properties).toMatchObject({ motebokMeetingId: 'pm-2026-06-11' });

    await page.getByRole('button', { name: 'Oppdater saksliste' }).waitFor();
    await page.screenshot({ path: screenshotPath('outlook-compose-320.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.context().close();
  });

  it('the organiser can reach and press the button with the keyboard alone', async () => {
    const page = await openPane('mode=compose');
    await page.getByRole('button', { name: 'Sett inn saksliste' }).waitFor({ timeout: 20_000 });
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'Sett inn saksliste'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Sett inn saksliste');
    await page.keyboard.press('Enter');
    await page.getByText(/Sakslisten med 7 saker er satt inn/).waitFor({ timeout: 20_000 });
    await page.context().close();
  });

  it('the attendee sees the agenda with links to the vedlegg in SharePoint', async () => {
    const page = await openPane('mode=read');
    await page.getByRole('link', { name: /Vedlegg 1 - Sak 2026\.02/ }).waitFor({ timeout: 20_000 });
    const text = await page.getByRole('list', { name: 'Saksliste' }).innerText();
    await page.screenshot({ path: screenshotPath('outlook-read-320.png'), fullPage: true });
    for (const caseNumber of CASE_NUMBERS) expect(text).toContain(caseNumber);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.context().close();
  });

  it('a member from another organisation sees the invite’s files and a clear message, no error', async () => {
    const page = await openPane('mode=read&access=forbidden');
    await page.getByText('Dokumentene ligger hos arrangøren').waitFor({ timeout: 20_000 });
    expect(await page.getByText('Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet.pdf').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('stays accessible in Outlook’s dark theme and in Windows high contrast', async () => {
    for (const [query, forced] of [['mode=compose&theme=dark', 'none'], ['mode=read&theme=dark', 'none'], ['mode=compose', 'active']] as const) {
      const page = await openPane(query, forced);
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Sett inn saksliste' }).or(page.getByRole('list', { name: 'Saksliste' })).waitFor({ timeout: 20_000 });
      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      expect(theme).toBe(forced === 'active' ? 'contrast' : 'dark');
      expect(await seriousViolations(page), query).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the long pseudo-locale and nynorsk within 320 px', async () => {
    for (const locale of ['xx-LS', 'nn-NO']) {
      const page = await openPane(`mode=compose&locale=${locale}`);
      await page.getByRole('button').last().waitFor({ timeout: 20_000 });
      await page.getByRole('button').last().click();
      // Measured after the insert, when the result message (the longest text) is on screen.
      await page.waitForFunction(() => window.__fakeMailbox?.customProperties.motebokAgendaHash !== undefined, undefined, { timeout: 20_000 });
      await page.locator('[role=status]').last().waitFor();
      expect(await fitsWidth(page), locale).toBe(true);
      await page.context().close();
    }
    const page = await openPane('mode=compose&locale=nn-NO');
    await page.getByRole('button', { name: 'Set inn sakliste' }).waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
