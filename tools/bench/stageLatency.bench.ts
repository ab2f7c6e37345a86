/**
 * How long a conclusion takes from the referent's side panel to the meeting stage (target: 2 s),
 * through the real pipeline against the local tenant: MeetingSession (draft, debounce, SharePoint
 * save with If-Match) → list rows → MeetingPoller (1 s poll) on the stage. React rendering is not
 * included (a few ms). Figures for people, not a pass/fail: `npm run bench -- stage`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startTenant } from '../../tenant/server';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { createMemoryDraftStore } from '../../src/ui/shared/autosave/draftStore';
import { MeetingPoller } from '../../src/ui/meeting/meetingPoller';
import { MeetingSession } from '../../src/ui/meeting/meetingSession';
import { createFakeNetwork } from '../../src/ui/shared/autosave/network';
import { defineSuite } from './harness';

const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-bench-stage-'));
const tenant = await startTenant({ port: 0, dataDir, quiet: true });
const certificatePath = tenant.info.certificatePath;
const fetchImpl = fetchTrusting(certificatePath);
const repositoryFor = (upnStart: string) => {
  const user = tenant.info.users.find((u) => u.userPrincipalName.startsWith(upnStart));
  if (!user) throw new Error(`${upnStart} mangler i den lokale tenanten`);
  const tokenProvider = passwordTokenProvider({ authority: tenant.info.authority, clientId: tenant.info.clientId, certificatePath, username: user.userPrincipalName, password: user.password }, fetchImpl);
  return new SharePointMeetingRepository({ clients: createGraphClientFactory({ config: tenant.info, tokenProvider, fetch: fetchImpl }), siteId: tenant.info.siteId });
};

const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
const referentRepository = repositoryFor('hilde.kari.maugesten@');
await referentRepository.ensureProvisioned();
await referentRepository.saveCommittee(file.committee);
await referentRepository.saveMeeting({ ...file.meeting, status: 'inProgress', currentItemId: '2026-03' });

const session = await MeetingSession.open(file.meeting.id, { repository: referentRepository, drafts: createMemoryDraftStore(), network: createFakeNetwork(true) });
const stage = new MeetingPoller(file.meeting.id, repositoryFor('kristin.liset@'), { isHidden: () => false, onChange: () => () => undefined });

let counter = 0;
async function untilOnStage(text: string): Promise<void> {
  for (;;) {
    if (stage.getSnapshot().meeting?.items.find((i) => i.id === '2026-03')?.conclusion.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export default defineSuite({
  name: 'Fra referentens sidepanel til møteskjermen (mål: under 2 s)',
  input: 'pm-2026 i den lokale tenanten, sak 2026.03; skjermen spør hvert sekund (MeetingPoller), referenten lagrer 300 ms etter siste tastetrykk',
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
  // The stage polls every second: it, the session's timers and the tenant would keep the process alive.
  teardown: async () => {
    stage.stop();
    session.dispose();
    await tenant.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});
