/**
 * Graph requests per minute for one meeting whose stage is idle, with 1, 10 and 50 people watching
 * (issue 14: the cost must not grow with the audience). Counted from the local tenant's request log
 * (Graph requests on the wire; sign-in excluded). Each viewer is the stage's own React-free engine
 * (`LiveMeetingFollower`) in Node with its own Graph client and its own Live Share client, joined
 * through the same host calls the meeting simulator answers, on the tenant's local Fluid service
 * (tinylicious); the referent's side panel publishes (`LiveStagePublisher`). For comparison: the
 * same viewers without a live channel (15 s polling), and the 1 s poller the stage had before.
 * `npm run bench -- viewers`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startTenant } from '../../tenant/server';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { fetchTrusting } from '../../src/graph/testing/nodeTenantAccess';
import { joinLiveChannel } from '../../src/hosts/teams/liveShareChannel';
import { LiveMeetingFollower } from '../../src/ui/meeting/liveFollower';
import { LiveStagePublisher } from '../../src/ui/meeting/livePublisher';
import { defineSuite } from './harness';
import { tenantRepositoryFor } from './tenantRepository';
import { nodeLiveShareHost } from './liveHost';

const VIEWERS = [1, 10, 50];
/** Idle time measured per audience; the figure is scaled to a minute. */
const WINDOW_MS = Number(process.env.BENCH_IDLE_MS ?? 30_000);
const LogSchema = z.object({ value: z.array(z.object({ path: z.string(), batch: z.string().optional() }).loose()) });
const visible = { isHidden: () => false, onChange: () => () => undefined };

// Fluid's driver retries a blob fetch the local service reset under load (canRetry), but leaves the
// first attempt's promise unhandled; in a browser that is a console line, in Node it would end the
// run. Note it and go on; anything else still ends the run.
process.on('unhandledRejection', (reason: unknown) => {
  const fluid = typeof reason === 'object' && reason !== null && 'canRetry' in reason && (reason as { canRetry?: unknown }).canRetry === true;
  if (!fluid) throw reason;
  console.warn(`(Fluid: ${reason instanceof Error ? reason.message.slice(0, 120) : 'network error'}; retried)`);
});

interface Row {
  what: string;
  viewers: number;
  open: number;
  perMinute: number;
  /** Viewers on the live channel at the end of the idle window (the rest still joining, never polling). */
  live: number;
}

async function measureViewers(): Promise<Row[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-bench-viewers-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true, liveService: true });
  const stops: (() => void)[] = [];
  try {
    const certificatePath = tenant.info.certificatePath;
    const fetchImpl = fetchTrusting(certificatePath);
    const graphRequests = async () => {
      const log = LogSchema.parse(await (await fetchImpl(`${tenant.url}/_tenant/requests`)).json());
      return log.value.filter((entry) => entry.batch === undefined && entry.path.startsWith('/v1.0/')).length;
    };
    const repositoryFor = (upnStart: string) => tenantRepositoryFor(tenant, fetchImpl, upnStart);
    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const referent = repositoryFor('hilde.kari.maugesten@');
    await referent.ensureProvisioned();
    await referent.saveCommittee(file.committee);
    const meeting = { ...file.meeting, status: 'inProgress' as const, currentItemId: file.meeting.items[2]?.id };
    await referent.saveMeeting(meeting);
    const participant = repositoryFor('kristin.liset@');
    // Sign in once before counting (tokens are cached, as in the app).
    await participant.getMeeting(meeting.id);

    let n = 0;
    const openChannel = () => joinLiveChannel(nodeLiveShareHost(tenant.url, fetchImpl, meeting.id, { id: `viewer-${(n += 1)}`, displayName: `Deltaker ${n}`, role: 'Attendee' }), `viewer-${n}`);
    const publisherChannel = await joinLiveChannel(nodeLiveShareHost(tenant.url, fetchImpl, meeting.id, { id: 'referent', displayName: 'Referent', role: 'Organizer' }), 'referent');
    stops.push(() => publisherChannel.close());
    const publisher = new LiveStagePublisher(publisherChannel);
    stops.push(() => publisher.dispose());
    publisher.update(meeting);

    const rows: Row[] = [];
    const run = async (what: string, viewers: number, live: boolean) => {
      const before = await graphRequests();
      // People open the stage over a few seconds, not in the same millisecond: five at a time.
      const followers: LiveMeetingFollower[] = [];
      for (let index = 0; index < viewers; index++) {
        followers.push(new LiveMeetingFollower(meeting.id, participant, live ? openChannel : undefined, visible, { joinTimeoutMs: 180_000 }));
        if (index % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      const stopAll = () => followers.forEach((follower) => follower.stop());
      stops.push(stopAll);
      // Opened: every viewer shows the meeting; with a channel, none polls (live, or still joining:
      // 50 Live Share clients in one Node process on a small machine join slowly) — give them up to 60 s.
      const ready = () => followers.every((f) => f.getSnapshot().meeting && (live ? f.getSnapshot().mode !== 'polling' : f.getSnapshot().mode === 'polling'));
      const allLive = () => followers.every((f) => f.getSnapshot().mode === 'live');
      const deadline = Date.now() + 60_000;
      while (!ready() || (live && !allLive() && Date.now() < deadline)) {
        if (Date.now() > deadline + 60_000) throw new Error(`${viewers} seere ble ikke klare innen 120 s: ${JSON.stringify(followers.map((f) => [f.getSnapshot().mode, Boolean(f.getSnapshot().meeting), f.getSnapshot().failing, String(f.getSnapshot().lastError ?? "").slice(0, 80)]).slice(0, 50))}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const opened = await graphRequests();
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
      const idle = (await graphRequests()) - opened;
      if (followers.some((f) => f.getSnapshot().mode === (live ? 'polling' : 'live'))) throw new Error('en seer byttet modus under målingen');
      const onChannel = followers.filter((f) => f.getSnapshot().mode === 'live').length;
      stopAll();
      rows.push({ what, viewers, open: opened - before, perMinute: Math.round((idle * 60_000) / WINDOW_MS), live: onChannel });
    };
    for (const viewers of VIEWERS) await run('live (Live Share)', viewers, true);
    await run('uten direktekobling (hvert 15. s)', 10, false);
    return rows;
  } finally {
    for (const stop of stops) stop();
    await tenant.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function table(rows: readonly Row[]): string {
  const lines = rows.map((r) => `${r.what.padEnd(34)} ${String(r.viewers).padStart(3)} seere   åpning ${String(r.open).padStart(3)} forespørsler   i ro ${String(r.perMinute).padStart(4)} forespørsler/min for møtet${r.live > 0 ? `   (${r.live} på direktekoblingen)` : ''}`);
  return [
    ...lines,
    `(før: hver seer spurte hvert sekund, 60 × seere forespørsler/min: ${VIEWERS.map((v) => `${v} → ${60 * v}`).join(', ')}; målt over ${WINDOW_MS / 1000} s per rad)`,
  ].join('\n');
}

const rows = await measureViewers();

export default defineSuite({
  name: 'Møteskjermen i ro: Graph-forespørsler per minutt per møte (mål: vokser ikke med antall seere)',
  input: `\n${table(rows)}`,
  cases: [],
});
