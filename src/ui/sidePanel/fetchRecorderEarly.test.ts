import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonIdentity } from '../../domain/personIdentity';
import type { MeetingRepository } from '../../domain/ports';
import type { HostContext } from '../../hosts/hostContext';
import { startEarlyRead } from '../shared/earlyRead';
import { testMeeting } from '../meeting/testing/testMeeting';
import type { LinkedMeeting } from '../meeting/findMeeting';
import { fetchRecorderEarly } from './useSidePanelRole';
import { MEMBER, REFERENT, twoPeopleCommittee } from './testing/twoPeopleCommittee';

// The recorder's chunk and its files, as far as the early ask reaches them.
const asked: string[] = [];
/** What the chunk's fetch answers (`loadableView.preload` settles once the chunk is here or its fetch failed). */
let preloadAnswer: Promise<void> = Promise.resolve();
/** What the early ask handed the chunk to open her session with before the first render (`preloadRecorder`). */
const handed: unknown[][] = [];
vi.mock('./recorderChunk', () => ({
  preloadRecorder: (...meeting: unknown[]) => (handed.push(meeting), asked.push('chunk'), preloadAnswer),
  preloadReferentChunks: () => asked.push('files'),
}));

const committee = twoPeopleCommittee;
const linked: LinkedMeeting = { committee, meeting: { value: testMeeting(), version: '"1"' } };
const repository = {} as MeetingRepository;
/** The early lookup as the entry starts it. */
const lookupOf = (answer: Promise<LinkedMeeting | undefined>) => startEarlyRead({}, () => answer);
const host = (upn: string, kind: HostContext['host'] = 'teams'): HostContext => ({
  host: kind,
  frameContext: 'sidePanel',
  locale: 'nb-NO',
  theme: 'default',
  user: { upn },
  onThemeChange: () => () => undefined,
});

/** A member as the entry's services name him. */
const member = { repository, hostContext: host(MEMBER), signedInUser: () => Promise.resolve({ addresses: [MEMBER] }) };

beforeEach(() => {
  asked.length = 0;
  handed.length = 0;
  preloadAnswer = Promise.resolve();
});

describe("the referent's chunk asked for outside React (fetchRecorderEarly: the entry, before the screens' first render)", () => {
  it('asks for the recorder, with her meeting as read to open her session on, once the meeting is read and GET /me names her, with nothing rendered', async () => {
    let answerMe: (identity: PersonIdentity) => void = () => undefined;
    const me = new Promise<PersonIdentity>((resolve) => (answerMe = resolve));
    const early = fetchRecorderEarly(lookupOf(Promise.resolve(linked)), { repository, hostContext: host('someone@else.example'), signedInUser: () => me });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([]); // the meeting is here, but not yet who is signed in
    answerMe({ addresses: [REFERENT] });
    await early;
    expect(asked).toEqual(['chunk']);
    // The page's repository and her meeting as read: the chunk opens her session with them before the first render.
    expect(handed).toEqual([[repository, linked.meeting]]);
  });

  it('asks nothing for a member, for a meeting not found, for a failed lookup or without the services', async () => {
    await fetchRecorderEarly(lookupOf(Promise.resolve(linked)), member);
    await fetchRecorderEarly(lookupOf(Promise.resolve(undefined)), { repository, hostContext: host(REFERENT) });
    await fetchRecorderEarly(lookupOf(Promise.reject(new Error('offline'))), { repository, hostContext: host(REFERENT) });
    await fetchRecorderEarly(lookupOf(Promise.resolve(linked)), undefined);
    await fetchRecorderEarly(undefined, { repository, hostContext: host(REFERENT) });
    expect(asked).toEqual([]);
  });

  it('settles for her once her chunk is here, so the panel\'s first render can be her recorder; for a member once he is known not to record', async () => {
    let chunkHere: () => void = () => undefined;
    preloadAnswer = new Promise<void>((resolve) => (chunkHere = resolve));
    let settled = false;
    const services = { repository, hostContext: host(REFERENT), signedInUser: () => Promise.resolve({ addresses: [REFERENT] }) };
    const early = fetchRecorderEarly(lookupOf(Promise.resolve(linked)), services).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(['chunk']);
    expect(settled).toBe(false); // asked for, not yet here
    chunkHere();
    await early;
    expect(settled).toBe(true);
    // A member: settled without the chunk (it is never his).
    await fetchRecorderEarly(lookupOf(Promise.resolve(linked)), member);
    expect(asked).toEqual(['chunk']);
  });

  it("takes the host's identity when Graph cannot say who is signed in, as the panel does", async () => {
    await fetchRecorderEarly(lookupOf(Promise.resolve(linked)), { repository, hostContext: host(REFERENT, 'browser'), signedInUser: () => Promise.reject(new Error('403')) });
    expect(asked).toEqual(['chunk']);
  });
});
