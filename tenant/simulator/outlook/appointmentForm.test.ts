import { describe, expect, it } from 'vitest';
import { applyFormCall, eventBody, formFromEvent, newForm, type GraphEvent } from './appointmentForm';

const EVENT: GraphEvent = {
  id: 'AAMkAbc-def_ghi',
  subject: 'Partnerskapsmøtet 11.06.2026',
  isOrganizer: true,
  body: { contentType: 'html', content: '<html><body><p>Vel møtt</p></body></html>' },
  start: { dateTime: '2026-06-11T07:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2026-06-11T10:00:00.0000000', timeZone: 'UTC' },
  location: { displayName: 'Tønsberg' },
  attendees: [{ type: 'required', emailAddress: { name: 'Kristin Liset', address: 'kristin.liset@siv.example.no' } }],
  organizer: { emailAddress: { name: 'Hilde Kari Maugesten', address: 'hilde.kari.maugesten@siv.example.no' } },
  attachments: [{ id: 'att1', name: 'Innkalling.docx', size: 2048, isInline: false }],
};

describe('the appointment form of the Outlook simulator', () => {
  it('shows a Graph event as Outlook does: UTC times, attendees, attachments', () => {
    const form = formFromEvent(EVENT, 'compose');
    expect(form.start.toISOString()).toBe('2026-06-11T07:00:00.000Z');
    expect(form.end.toISOString()).toBe('2026-06-11T10:00:00.000Z');
    expect(form.requiredAttendees).toEqual([{ displayName: 'Kristin Liset', emailAddress: 'kristin.liset@siv.example.no' }]);
    expect(form.attachments.map((a) => a.name)).toEqual(['Innkalling.docx']);
  });

  it('refuses a time in another zone than the UTC it asked Graph for', () => {
    expect(() => formFromEvent({ ...EVENT, start: { dateTime: '2026-06-11T09:00:00', timeZone: 'Europe/Oslo' } }, 'read')).toThrow(/UTC/);
  });

  it('lets the pane change the form in compose mode, keeping the duration when the start moves', () => {
    const form = formFromEvent(EVENT, 'compose');
    expect(applyFormCall(form, 'body.setAsync', ['<p>Saksliste</p>', { coercionType: 'html' }])?.status).toBe('succeeded');
    expect(applyFormCall(form, 'start.setAsync', [new Date('2026-06-11T08:00:00Z')])?.status).toBe('succeeded');
    expect(form.bodyHtml).toBe('<p>Saksliste</p>');
    expect(form.end.toISOString()).toBe('2026-06-11T11:00:00.000Z');
    expect(applyFormCall(form, 'body.getAsync', ['text'])).toEqual({ status: 'succeeded', value: 'Saksliste' });
  });

  it('refuses writes in read mode and a body over Outlook’s 1,000,000 characters', () => {
    const read = formFromEvent(EVENT, 'read');
    expect(applyFormCall(read, 'subject.setAsync', ['Nytt'])?.status).toBe('failed');
    expect(read.subject).toBe('Partnerskapsmøtet 11.06.2026');
    const compose = formFromEvent(EVENT, 'compose');
    const result = applyFormCall(compose, 'body.setAsync', ['x'.repeat(1_000_001), { coercionType: 'html' }]);
    expect(result).toMatchObject({ status: 'failed', error: { name: 'DataExceedsMaximumSize' } });
  });

  it('gives the saved item’s id as the EWS id Office hands out, and none before the first save', () => {
    expect(applyFormCall(formFromEvent(EVENT, 'compose'), 'getItemIdAsync', [])).toEqual({ status: 'succeeded', value: 'AAMkAbc/def+ghi' });
    const fresh = newForm({ displayName: 'Hilde', emailAddress: 'hilde.kari.maugesten@siv.example.no' }, new Date('2026-05-01T10:20:00Z'));
    expect(applyFormCall(fresh, 'getItemIdAsync', [])).toMatchObject({ status: 'failed', error: { name: 'ItemNotSaved' } });
    expect(fresh.start.toISOString()).toBe('2026-05-01T11:00:00.000Z');
  });

  it('keeps added files until saved, and attendees out of a plain save', () => {
    const form = formFromEvent(EVENT, 'compose');
    applyFormCall(form, 'addFileAttachmentFromBase64Async', [btoa('vedlegg'), 'Vedlegg 1.pdf', { isInline: false }]);
    expect(form.attachments.at(-1)).toMatchObject({ name: 'Vedlegg 1.pdf', size: 7, pendingBase64: btoa('vedlegg') });
    expect(eventBody(form, { withAttendees: false })).not.toHaveProperty('attendees');
    expect(eventBody(form, { withAttendees: true }).attendees).toEqual([{ type: 'required', emailAddress: { name: 'Kristin Liset', address: 'kristin.liset@siv.example.no' } }]);
    expect(eventBody(form, { withAttendees: false }).start).toEqual({ dateTime: '2026-06-11T07:00:00', timeZone: 'UTC' });
  });
});
