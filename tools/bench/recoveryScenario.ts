/**
 * Issue 13 §3, "recovery does what it says": the referent types konklusjoner in 6 saker while
 * Graph throttles 20 % of requests (10 % 429 + 10 % 503, Retry-After 2 s), 3 connections are
 * dropped, the machine is offline for 10 s and the side panel is reloaded twice. Everything runs
 * through the app's own code in Node against the in-process local tenant and its fault switches:
 * `MeetingSession` (the one autosave engine) with drafts in IndexedDB (fake-indexeddb) plus the
 * sessionStorage journal, exactly as `browserDraftStore` puts them together; a "reload" disposes
 * the session without flushing and opens a new one (new Graph clients, a new IndexedDB
 * connection to the same database, the same journal). As in a browser, the old page's network
 * goes with it: it sends nothing more and never hears the answer to what it had on its way
 * (which may still land). Not the browser: React rendering and the page load are left out.
 *
 * The faults are the same on every run: the throttling draws from seeded generators (the
 * tenant's fault `seed`) and the dropped connections and the offline window come at fixed
 * keystrokes. What still varies is timing (how many saves a burst of typing makes on a loaded
 * machine), so the requests the draws fall on may differ a little.
 * Used by `recovery.test.ts` (asserts) and `recovery.bench.ts` (prints).
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTenant } from '../../tenant/server';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import type { Meeting } from '../../src/domain/model';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { openIndexedDbDraftStore, withSessionJournal, type SyncStorage } from '../../src/ui/shared/autosave/draftStore';
import { createFakeNetwork } from '../../src/ui/shared/autosave/network';
import { MeetingSession } from '../../src/ui/meeting/meetingSession';

export const RETRY_AFTER_SECONDS = 2;
/** Seeds of the two throttling faults (10 % 429, 10 % 503): the same draws on every run. */
export const FAULT_SEEDS = { throttled429: 13, unavailable503: 31 } as const;
/** How long one recovery (and the final save) may take before the scenario reports it as never recovered. */
const GIVE_UP_MS = 60_000;
/**
 * The promise: the panel has saved what was typed within Retry-After + 5 s of the network coming
 * back (or of a reload). When the service asked to wait more than once meanwhile (`throttled`
 * answers), each of its waits counts: those seconds are the service's, the 5 s are the panel's.
 */
export function recoveryBudgetMs(throttled: number): number {
  return (RETRY_AFTER_SECONDS * Math.max(1, throttled) + 5) * 1000;
}

export interface RecoveryEvent {
  /** "frakoblet 10 s", "omlasting 1" … */
  event: string;
  /** From the network coming back (or the reload) until SharePoint held everything typed before it. */
  recoveredMs: number;
  /** Answers in that time that asked the panel to wait (429/503 with Retry-After) or were dropped. */
  throttled: number;
  /** The promise for this recovery: Retry-After for each time the service asked to wait (at least once), plus 5 s. */
  budgetMs: number;
}

export interface RecoveryFigures {
  saker: number;
  charactersTyped: number;
  /** Characters of the typed text that SharePoint holds at the end, sak by sak (a common prefix counts up to where it differs). */
  charactersSaved: number;
  /** Text or rows stored more than once: a sak whose konklusjon holds more than was typed or more than one point, or a second row with the same sak id. */
  duplicates: number;
  recoveries: RecoveryEvent[];
  /** Graph requests the tenant answered 429/503 or dropped, inner $batch requests included. */
  faultsHit: number;
  requests: number;
  /** How the panel ended: 'saved' when everything reached SharePoint; otherwise its state and what it said. */
  finalState: string;
  totalMs: number;
}

export interface RecoveryOptions {
  /** Milliseconds between keystrokes (default 45: a quick typist). */
  keystrokeMs?: number;
  log?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the referent types in each sak: Norwegian text of realistic length, different per sak. */
function textFor(index: number): string {
  return `Sak ${index + 1}: Partnerskapsmøtet tok saken til orientering og ba sekretariatet følge opp punkt ${index + 2} før neste møte.`;
}

class MemoryStorage implements SyncStorage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

export async function runRecoveryScenario(options: RecoveryOptions = {}): Promise<RecoveryFigures> {
  const keystrokeMs = options.keystrokeMs ?? 45;
  const log = options.log ?? (() => undefined);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-recovery-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true });
  const sessions: MeetingSession[] = [];
  try {
    const certificatePath = tenant.info.certificatePath;
    const trusting = fetchTrusting(certificatePath);
    // The machine's network: while offline every request fails before it leaves, as in a browser.
    let offline = false;
    const network = createFakeNetwork(true);
    /** A page's network: gone with the page, like a browser's on reload (its RetryHandler cannot retry for it). */
    const pageFetch = (page: { gone: boolean }): typeof trusting => async (input, init) => {
      if (page.gone) throw new TypeError('fetch failed (the page is gone)');
      if (offline) throw new TypeError('fetch failed (offline)');
      const response = await trusting(input, init);
      if (page.gone) throw new TypeError('fetch failed (the page is gone)');
      return response;
    };
    const user = tenant.info.users.find((u) => u.userPrincipalName.startsWith('hilde.kari.maugesten@'));
    if (!user) throw new Error('hilde.kari.maugesten mangler i den lokale tenanten');
    // A page load: new Graph clients (the app's default retry policy), as the side panel makes them.
    const newPageRepository = (page: { gone: boolean } = { gone: false }) =>
      new SharePointMeetingRepository({
        clients: createGraphClientFactory({
          config: tenant.info,
          tokenProvider: passwordTokenProvider(
            { authority: tenant.info.authority, clientId: tenant.info.clientId, certificatePath, username: user.userPrincipalName, password: user.password },
            trusting,
          ),
          fetch: pageFetch(page),
        }),
        siteId: tenant.info.siteId,
      });

    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const setup = newPageRepository();
    await setup.ensureProvisioned();
    await setup.saveCommittee(file.committee);
    await setup.saveMeeting({ ...file.meeting, status: 'inProgress' });
    const saker = file.meeting.items.filter((item) => !item.closing).slice(0, 6);
    const texts = saker.map((_, index) => textFor(index));

    const journal = new MemoryStorage();
    const databaseName = `motebok-drafts-recovery-${Date.now()}`;
    let page = { gone: false };
    /** Recovery checks still waiting; looked at whenever the live panel publishes a change. */
    const checks: Array<(now: number) => void> = [];
    const openPanel = async (): Promise<MeetingSession> => {
      page = { gone: false };
      const drafts = withSessionJournal(await openIndexedDbDraftStore(databaseName), journal);
      // The panel tries until it opens (a reload under throttling must not leave it stuck), within reason.
      const givingUp = performance.now() + GIVE_UP_MS;
      for (;;) {
        try {
          const opened = await MeetingSession.open(file.meeting.id, { repository: newPageRepository(page), drafts, network });
          sessions.push(opened);
          // The moment SharePoint's answer reaches the panel is the moment of recovery: no polling delay in the figure.
          opened.subscribe(() => {
            const now = performance.now();
            for (const check of [...checks]) check(now);
          });
          return opened;
        } catch (error) {
          if (performance.now() > givingUp) throw error;
          log(`  åpning feilet (${error instanceof Error ? error.message : String(error)}); prøver igjen`);
          await sleep(1000);
        }
      }
    };

    // Faults from now on: 10 % 429 and 10 % 503 on every Graph request (inner $batch requests too), and 3 dropped connections on writes.
    const fault = (body: unknown) => trusting(`${tenant.url}/_tenant/faults`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    await fault({ match: '^[A-Z]+ /v1\\.0/', status: 429, retryAfter: RETRY_AFTER_SECONDS, rate: 0.1, seed: FAULT_SEEDS.throttled429 });
    await fault({ match: '^[A-Z]+ /v1\\.0/', status: 503, retryAfter: RETRY_AFTER_SECONDS, rate: 0.1, seed: FAULT_SEEDS.unavailable503 });
    await trusting(`${tenant.url}/_tenant/requests`, { method: 'DELETE' });

    const started = performance.now();
    let session = await openPanel();
    const watch = setInterval(() => {
      const snapshot = session.getSnapshot();
      log(`  lagring: ${snapshot.saveState}, ${snapshot.pendingCount} utkast${snapshot.errorMessage ? `, ${snapshot.errorMessage}` : ''}${snapshot.error instanceof Error ? ` (${snapshot.error.name}: ${snapshot.error.message})` : ''}`);
    }, 5000);
    watch.unref();
    const typed = saker.map(() => '');
    const windows: Array<{ event: string; recoveredMs: number; from: number; to: number }> = [];
    const pendingChecks: Promise<void>[] = [];
    /**
     * Resolves when the live session's stored meeting holds, per sak, at least what was typed at
     * `mark`: looked at the moment the panel publishes a change (and now, in case it already does).
     */
    const recoveredAfter = (event: string, since: number, mark: readonly string[]) => {
      const sinceWall = Date.now() - (performance.now() - since);
      pendingChecks.push(
        new Promise<void>((resolve) => {
          const done = (recoveredMs: number) => {
            checks.splice(checks.indexOf(check), 1);
            clearTimeout(giveUp);
            windows.push({ event, recoveredMs, from: sinceWall, to: sinceWall + (Number.isFinite(recoveredMs) ? recoveredMs : GIVE_UP_MS) });
            resolve();
          };
          const check = (now: number) => {
            const stored: Meeting = session.getSnapshot().stored;
            if (saker.every((sak, index) => (stored.items.find((item) => item.id === sak.id)?.conclusion[0] ?? '').startsWith(mark[index] ?? ''))) done(Math.round(now - since));
          };
          const giveUp = setTimeout(() => done(Number.POSITIVE_INFINITY), GIVE_UP_MS);
          checks.push(check);
          check(performance.now());
        }),
      );
    };

    const total = texts.reduce((sum, text) => sum + text.length, 0);
    // Disturbances at fixed points of the typing: reload, 10 s offline, reload.
    const reloadAt = new Set([Math.round(total * 0.15), Math.round(total * 0.8)]);
    // Three dropped connections, spread over the typing: the next write after each point is cut off.
    const dropAt = new Set([Math.round(total * 0.1), Math.round(total * 0.55), Math.round(total * 0.9)]);
    const offlineAt = Math.round(total * 0.35);
    let offlineUntil = Number.POSITIVE_INFINITY;
    let keystrokes = 0;
    let reloads = 0;
    for (const [index, sak] of saker.entries()) {
      for (const character of texts[index] ?? '') {
        keystrokes += 1;
        if (reloadAt.has(keystrokes)) {
          reloads += 1;
          // The page goes away mid-typing: no flush, the drafts stay in IndexedDB and the journal, its network goes too.
          page.gone = true;
          session.dispose();
          const reloadStarted = performance.now();
          const mark = [...typed];
          session = await openPanel();
          log(`  omlasting ${reloads}: panelet åpnet igjen etter ${Math.round(performance.now() - reloadStarted)} ms`);
          recoveredAfter(`omlasting ${reloads}`, reloadStarted, mark);
        }
        if (dropAt.has(keystrokes)) await fault({ match: '^(PATCH|POST) /v1\\.0/', drop: true, count: 1 });
        if (keystrokes === offlineAt) {
          offline = true;
          network.setOnline(false);
          offlineUntil = performance.now() + 10_000;
          log('  frakoblet i 10 s');
        }
        if (offline && performance.now() >= offlineUntil) {
          offline = false;
          const back = performance.now();
          network.setOnline(true);
          log('  tilkoblet igjen');
          recoveredAfter('frakoblet 10 s', back, [...typed]);
        }
        typed[index] = (typed[index] ?? '') + character;
        session.editItem(sak.id, { conclusion: [typed[index] ?? ''] });
        await sleep(keystrokeMs);
      }
    }
    // Typing ended during the offline window on a slow run: bring the network back now.
    if (offline) {
      offline = false;
      const back = performance.now();
      network.setOnline(true);
      recoveredAfter('frakoblet 10 s', back, [...typed]);
    }
    await Promise.all(pendingChecks);
    // Everything typed reaches SharePoint: wait for the panel to say "saved" with nothing pending.
    const deadline = performance.now() + GIVE_UP_MS;
    while (performance.now() < deadline) {
      const snapshot = session.getSnapshot();
      if (snapshot.pendingCount === 0 && snapshot.saveState === 'saved') break;
      await sleep(50);
    }
    clearInterval(watch);
    const last = session.getSnapshot();
    const finalState = last.saveState === 'saved' && last.pendingCount === 0 ? 'saved' : `${last.saveState}, ${last.pendingCount} utkast${last.conflict ? `, konflikt i ${last.conflict.key} (${last.conflict.fields.join(', ')})` : ''}${last.error instanceof Error ? `, ${last.error.name}: ${last.error.message}` : ''}`;
    const totalMs = Math.round(performance.now() - started);
    const requests = ((await (await trusting(`${tenant.url}/_tenant/requests`)).json()) as { value: Array<{ status: number; time: string; method: string; path: string; durationMs: number; batch?: string }> }).value;
    const waitedFor = (request: { status: number }) => request.status === 429 || request.status === 503 || request.status === 0;
    // For whoever reads the log: what the panel met in each window (and the 3 s before it).
    for (const { event, from, to } of windows) {
      log(`  ${event}: forespørsler i vinduet`);
      for (const request of requests.filter((r) => Date.parse(r.time) >= from - 3000 && Date.parse(r.time) <= to + 1)) log(`    ${Math.round(Date.parse(request.time) - from)} ms ${request.method} ${request.path.slice(0, 60)} ${request.status} (${request.durationMs} ms)${'batch' in request && request.batch ? ' i $batch' : ''}`);
    }
    const recoveries: RecoveryEvent[] = windows.map(({ event, recoveredMs, from, to }) => {
      const throttled = requests.filter((request) => waitedFor(request) && Date.parse(request.time) >= from - 1 && Date.parse(request.time) <= to + 1).length;
      return { event, recoveredMs, throttled, budgetMs: recoveryBudgetMs(throttled) };
    });
    await trusting(`${tenant.url}/_tenant/faults`, { method: 'DELETE' });

    // What SharePoint holds, read afresh without faults: the text, and the rows per sak.
    const check = newPageRepository();
    const stored = await check.getMeeting(file.meeting.id);
    const rows = await check.lists.query('MotebokAgendaItems', 'MeetingId', file.meeting.id);
    let charactersSaved = 0;
    let duplicates = 0;
    for (const [index, sak] of saker.entries()) {
      const points = stored?.value.items.find((item) => item.id === sak.id)?.conclusion ?? [];
      const text = points.join('\n');
      const want = texts[index] ?? '';
      let common = 0;
      while (common < want.length && common < text.length && want[common] === text[common]) common += 1;
      charactersSaved += common;
      if (points.length > 1 || text.length > want.length) duplicates += 1;
    }
    const perItem = new Map<string, number>();
    for (const row of rows) perItem.set(String(row.fields['ItemId']), (perItem.get(String(row.fields['ItemId'])) ?? 0) + 1);
    duplicates += [...perItem.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    return {
      saker: saker.length,
      charactersTyped: total,
      charactersSaved,
      duplicates,
      recoveries: recoveries.sort((a, b) => a.event.localeCompare(b.event)),
      faultsHit: requests.filter(waitedFor).length,
      requests: requests.length,
      totalMs,
      finalState,
    };
  } finally {
    for (const session of sessions) session.dispose();
    await tenant.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The figures as lines for people (bench output, test log). */
export function formatRecoveryFigures(figures: RecoveryFigures): string[] {
  return [
    `   saker                     ${figures.saker}`,
    `   tegn skrevet / typed      ${figures.charactersTyped}`,
    `   tegn lagret / saved       ${figures.charactersSaved}`,
    `   duplikater / duplicates   ${figures.duplicates}`,
    ...figures.recoveries.map(
      (r) => `   gjenopprettet etter ${r.event.padEnd(15)} ${(r.recoveredMs / 1000).toFixed(1)} s (løfte / promise ≤ ${r.budgetMs / 1000} s: Retry-After ${RETRY_AFTER_SECONDS} s × ${Math.max(1, r.throttled)} + 5 s)`,
    ),
    `   forespørsler / requests   ${figures.requests}, av dem 429/503/brutt ${figures.faultsHit}`,
    `   total tid                 ${(figures.totalMs / 1000).toFixed(1)} s`,
    `   panelet til slutt         ${figures.finalState}`,
  ];
}
