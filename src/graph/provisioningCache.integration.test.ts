import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import type { MeetingFile } from '../domain/model';
import { NotProvisionedError } from '../domain/ports';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

describe('Klargjør SharePoint-området in a running session', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('lets the same repository save and read a meeting right after it set up an empty site, without a page reload', async () => {
    const { committee, meeting } = fixture('pm-2026');
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    // What the workspace does first: it asks for the committees and learns the site is not set up.
    await expect(repository.listCommittees()).rejects.toBeInstanceOf(NotProvisionedError);

    await repository.ensureProvisioned();

    await repository.saveCommittee(committee);
    const saved = await repository.saveMeeting(meeting);
    const read = await repository.getMeeting(meeting.id);
    expect(read?.value).toEqual(meeting);
    expect(read?.version).toBe(saved.version);
    expect((await repository.listCommittees()).map((entry) => entry.value)).toEqual([committee]);
  });
});
