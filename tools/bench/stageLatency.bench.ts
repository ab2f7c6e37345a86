/**
 * How long a conclusion takes from the referent's side panel to the meeting stage (target: 2 s),
 * through the real pipeline against the local tenant: MeetingSession (draft, then SharePoint save
 * with If-Match) → LiveStagePublisher → Live Share on the tenant's local Fluid service →
 * LiveMeetingFollower on the stage (which read SharePoint once, on open). React rendering is not
 * included (a few ms). Figures for people, not a pass/fail: `npm run bench -- stage`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startTenant } from '../../tenant/server';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { fetchTrusting } from '../../src/graph/testing/nodeTenantAccess';
import { createMemoryDraftStore } from '../../src/ui/shared/autosave/draftStore';
import { joinLiveChannel } from '../../src/hosts/teams/liveShareChannel';
import { LiveMeetingFollower } from '../../src/ui/meeting/liveFollower';
import { LiveStagePublisher } from '../../src/ui/meeting/livePublisher';
import { nodeLiveShareHost } from './liveHost';
import { MeetingSession } from '../../src/ui/meeting/meetingSession';
import { createFakeNetwork } from '../../src/ui/shared/autosave/network';
import { defineSuite } from './harness';
import { tenantRepositoryFor } from './tenantRepository';

const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-bench-stage-'));
const tenant = await startTenant({ port: 0, dataDir, quiet: true, liveService: true });
const certificatePath = tenant.info.certificatePath;
const fetchImpl = fetchTrusting(certificatePath);
const repositoryFor = (upnStart: string) => tenantRepositoryFor(tenant, fetchImpl, upnStart);

const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
const referentRepository = repositoryFor('hilde.kari.maugesten@');
await referentRepository.ensureProvisioned();
await referentRepository.saveCommittee(file.committee);
await referentRepository.saveMeeting({ ...file.meeting, status: 'inProgress', currentItemId: '2026-03' });

const session = await MeetingSession.open(file.meeting.id, {
  repository: referentRepository,
  drafts: createMemoryDraftStore(),
  network: createFakeNetwork(true),
});
const referentChannel = await joinLiveChannel(nodeLiveShareHost(tenant.url, fetchImpl, file.meeting.id, { id: 'referent', displayName: 'Referent', role: 'Organizer' }), 'referent');
const publisher = new LiveStagePublisher(referentChannel);
const stopPublishing = session.subscribe(() => publisher.update(session.getSnapshot().meeting));
const stage = new LiveMeetingFollower(
  file.meeting.id,
  repositoryFor('kristin.liset@'),
  () => joinLiveChannel(nodeLiveShareHost(tenant.url, fetchImpl, file.meeting.id, { id: 'stage', displayName: 'Deltaker', role: 'Attendee' }), 'stage'),
  { isHidden: () => false, onChange: () => () => undefined },
);
while (stage.getSnapshot().mode !== 'live' || !stage.getSnapshot().meeting) await new Promise((resolve) => setTimeout(resolve, 50));

let counter = 0;
async function untilOnStage(text: string): Promise<void> {
  for (;;) {
    if (stage.getSnapshot().meeting?.items.find((i) => i.id === '2026-03')?.conclusion.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export default defineSuite({
  name: 'Fra referentens sidepanel til møteskjermen (mål: under 2 s)',
  input: 'pm-2026 i den lokale tenanten, sak 2026.03; referentens sidepanel sender over Live Share (lokal Fluid-tjeneste), skjermen leste SharePoint én gang ved åpning',
  cases: [
    {
      name: 'skrevet konklusjon (tastetrykk, lagres etter 300 ms ro)',
      iterations: 10,
      run: async () => {
        const text = `Konklusjon ${(counter += 1)}`;
        session.editItem('2026-03', { conclusion: [text] });
        await untilOnStage(text);
      },
    },
    {
      name: 'klikk («Som forslag», lagres straks)',
      iterations: 10,
      run: async () => {
        const text = `Forslag ${(counter += 1)}`;
        session.editItem('2026-03', { conclusion: [text] });
        void session.flush();
        await untilOnStage(text);
      },
    },
  ],
  // The stage's channel, the session's timers and the tenant (with its Fluid service) would keep the process alive.
  teardown: async () => {
    stage.stop();
    stopPublishing();
    publisher.dispose();
    referentChannel.close();
    session.dispose();
    await tenant.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});
