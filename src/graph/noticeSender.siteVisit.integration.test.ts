import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMeetingFacts, factsOf } from '../domain/meetingFacts';
import type { Meeting } from '../domain/model';
import { escapeHtml } from '../documents';
import { sendNotice, sendUpdatedNotice } from './noticeSender';
import { startHarness, type Harness } from './testing/localTenant';
import { fixture, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

// A befaring before the meeting: the members' calendars hold it from the befaring's time (domain/invitation.ts `eventStart`).
describe('An innkalling with a befaring before the meeting, against the local tenant', () => {
  let harness: Harness;
  let world: NoticeWorld;
  const id = 'pm-2026-09-10';
  const subject = `Partnerskapsmøtet ${id}`;

  beforeAll(async () => {
    harness = await startHarness();
    world = await noticeWorld(harness);
  }, 120_000);
  afterAll(async () => harness?.close());

  /** Each internal attendee's copy of the event: where it starts (UTC) and its body. */
  async function copies(meeting: Meeting): Promise<{ start: string | undefined; body: string }[]> {
    const attendees = world.internalAttendees(meeting);
    expect(attendees.length).toBeGreaterThanOrEqual(1);
    return Promise.all(
      attendees.map(async (attendee) => {
        const found = await world.calendarCopies(attendee, subject);
        expect(found, attendee.userPrincipalName).toHaveLength(1);
        return { start: found[0]?.start?.dateTime.slice(0, 19), body: found[0]?.body.content ?? '' };
      }),
    );
  }

  it('starts the event at the befaring and moves it with the befaring in an update; the body says both times', async () => {
    const base = fixture('pm-2026').meeting;
    const draft: Meeting = {
      ...base,
      id,
      date: '2026-09-10',
      theme: subject,
      items: base.items.map((item) => ({ ...item, attachments: [] })),
      siteVisit: { start: '12:00', place: 'Leines skole', about: 'Gang- og sykkelsti' },
    };
    const sent = await sendNotice(world.deps, world.committee, await world.repository.saveMeeting(draft));
    // 12:00 in Oslo on 10 September (summer time) is 10:00 UTC; the meeting itself starts 13:30.
    for (const copy of await copies(sent.value)) {
      expect(copy.start).toBe('2026-09-10T10:00:00');
      expect(copy.body).toContain('13.30');
      expect(copy.body).toContain(escapeHtml('kl. 12.00, Leines skole – Gang- og sykkelsti'));
    }

    const moved = applyMeetingFacts(sent.value, { ...factsOf(sent.value), siteVisitStart: '11:00' });
    const updated = await sendUpdatedNotice(world.deps, world.committee, await world.repository.saveMeeting(moved, sent.version));
    for (const copy of await copies(updated.value)) {
      expect(copy.start).toBe('2026-09-10T09:00:00');
      expect(copy.body).toContain(escapeHtml('Ny befaring: kl. 11.00, Leines skole'));
    }

    // The befaring dropped: the event starts at the meeting again.
    const dropped = applyMeetingFacts(updated.value, { ...factsOf(updated.value), siteVisitStart: '', siteVisitPlace: '', siteVisitAbout: '' });
    const again = await sendUpdatedNotice(world.deps, world.committee, await world.repository.saveMeeting(dropped, updated.version));
    for (const copy of await copies(again.value)) expect(copy.start).toBe('2026-09-10T11:30:00');
  }, 180_000);
});
