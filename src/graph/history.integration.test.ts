import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/errors';
import { itemHistory } from '../domain/itemHistory';
import { parseMeetingFile } from '../domain/meetingFile';
import { reopenApprovedMinutes } from '../domain/minutesApproval';
import type { Meeting, MeetingFile } from '../domain/model';
import { ConflictError, type Versioned } from '../domain/ports';
import { contractProblems } from './testing/contract';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

const withConclusion = (meeting: Meeting, itemId: string, conclusion: string[]): Meeting => ({
  ...meeting,
  items: meeting.items.map((item) => (item.id === itemId ? { ...item, conclusion } : item)),
});

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (isDomainError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'saved';
}

describe('history and the freeze after approval, against the local tenant', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  let referent: SharePointMeetingRepository;
  const pm2025 = fixture('pm-2025');
  const meetingId = pm2025.meeting.id;
  const itemId = pm2025.meeting.items[1]?.id ?? '';

  beforeAll(async () => {
    harness = await startHarness();
    secretary = harness.repositoryFor(harness.user(SECRETARY));
    referent = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    await secretary.ensureProvisioned();
    await secretary.saveCommittee(pm2025.committee);
    await secretary.saveMeeting({ ...pm2025.meeting, status: 'held' });
  });
  afterAll(async () => harness?.close());

  it('reads who changed a konklusjon and møtebehandling, when, and from what to what, from the row’s SharePoint versions', async () => {
    const opened = await referent.getMeeting(meetingId);
    if (!opened) throw new Error('meeting missing');
    const first = await referent.saveMeeting(withConclusion(opened.value, itemId, ['Tas til orientering.']), opened.version);
    await secretary.saveMeeting(withConclusion((await secretary.getMeeting(meetingId))?.value ?? first.value, itemId, ['Tas til orientering.', 'Følges opp i høst.']), (await secretary.getMeeting(meetingId))?.version);

    const versions = await referent.itemVersions(meetingId, itemId);
    expect(versions.map((v) => v.versionId)).toEqual(['3.0', '2.0', '1.0']);
    const history = itemHistory(versions);
    expect(history.slice(0, 2).map((entry) => [entry.by, entry.changes.map((c) => `${c.field}: «${c.before}» → «${c.after}»`)])).toEqual([
      ['Kristin Liset', ['conclusion: «1. Tas til orientering.» → «1. Tas til orientering.\n2. Følges opp i høst.»']],
      ['Hilde Kari Maugesten', ['conclusion: «» → «1. Tas til orientering.»']],
    ]);
    expect(await referent.itemVersions(meetingId, 'no-such-item')).toEqual([]);
  });

  it('refuses changes once the referat is approved, also from a side panel that read the meeting before the approval', async () => {
    const stale = await referent.getMeeting(meetingId);
    const before = await secretary.getMeeting(meetingId);
    if (!stale || !before) throw new Error('meeting missing');
    const approved = await secretary.saveMeeting({ ...before.value, status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' }, before.version);

    // The panel opened before the approval: its sak row's eTag is gone, so SharePoint refuses the write…
    await expect(referent.saveMeeting(withConclusion(stale.value, itemId, ['Endret etter godkjenning.']), stale.version)).rejects.toBeInstanceOf(ConflictError);
    // …and once it has read the meeting again, the freeze refuses it with a Norwegian message.
    const fresh = await referent.getMeeting(meetingId);
    if (!fresh) throw new Error('meeting missing');
    expect(await refusal(referent.saveMeeting(withConclusion(fresh.value, itemId, ['Endret etter godkjenning.']), fresh.version))).toBe('minutesApprovedFrozen: minutesFrozen');
    expect(await refusal(secretary.saveMeeting({ ...approved.value, place: 'Tønsberg' }, approved.version))).toBe('minutesApprovedFrozen: minutesFrozen');
    expect((await referent.getMeeting(meetingId))?.value.items.find((i) => i.id === itemId)?.conclusion).toEqual(['Tas til orientering.', 'Følges opp i høst.']);
  });

  it('lets the referat be reopened as a recorded act, then changed, and approving again freezes it again', async () => {
    const approved = (await referent.getMeeting(meetingId)) as Versioned<Meeting>;
    const reopened = reopenApprovedMinutes(approved.value, { by: 'Hilde Kari Maugesten', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen' });
    const saved = await referent.saveMeeting(reopened, approved.version);
    expect((await secretary.getMeeting(meetingId))?.value.reopenings).toEqual([{ by: 'Hilde Kari Maugesten', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen', approvedAt: '2026-06-11T11:40:00.000Z' }]);
    const corrected = await referent.saveMeeting(withConclusion(saved.value, itemId, ['Rettet konklusjon.']), saved.version);
    const again = await referent.saveMeeting({ ...corrected.value, status: 'minutesApproved', minutesApprovedAt: '2026-06-21T08:00:00.000Z' }, corrected.version);
    expect(await refusal(referent.saveMeeting(withConclusion(again.value, itemId, ['Igjen.']), again.version))).toMatch(/^minutesApprovedFrozen/);
  });

  it('sent only requests that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(contractProblems(harness.records)).toEqual([]);
  });
});
