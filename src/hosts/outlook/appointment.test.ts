import { describe, expect, it } from 'vitest';
import { initializeOutlookHost } from './initializeOutlookHost';
import { ComposeAppointment, ReadAppointment } from './appointment';
import { mockOutlook } from './testing/officeMock';
import type { FakeMailboxOptions } from './testing/fakeMailbox';
import { ATTACHMENT_MAX_BYTES, BODY_MAX_CHARS } from './outlookLimits';

const markers = { start: '<!--motebok-start-->', end: '<!--motebok-end-->' };

async function compose(options: FakeMailboxOptions = {}) {
  const fake = mockOutlook({ mode: 'compose', ...options });
  const host = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
  if (host.host !== 'outlook' || !(host.appointment instanceof ComposeAppointment)) throw new Error('expected a compose appointment');
  return { appointment: host.appointment, state: fake.state };
}

describe('ComposeAppointment', () => {
  it('reads and writes subject, location and times through the callbacks', async () => {
    const { appointment, state } = await compose({ subject: 'Møte' });
    expect(await appointment.getSubject()).toBe('Møte');
    await appointment.setSubject('Partnerskapsmøtet 11.06.2026');
    await appointment.setLocation('Kvartalet, Tønsberg');
    await appointment.setTimes(new Date('2026-06-11T07:00:00Z'), new Date('2026-06-11T10:00:00Z'));
    expect(state).toMatchObject({ subject: 'Partnerskapsmøtet 11.06.2026', location: 'Kvartalet, Tønsberg' });
    expect(state.end.toISOString()).toBe('2026-06-11T10:00:00.000Z');
  });

  it('keeps the organiser text and replaces only the Møtebok block when inserted twice', async () => {
    const { appointment, state } = await compose({ bodyHtml: '<html><body><p>Hilsen sekretariatet</p></body></html>' });
    await appointment.writeBlock(`${markers.start}<p>2026.01</p>${markers.end}`, markers);
    await appointment.writeBlock(`${markers.start}<p>2026.01 og 2026.02</p>${markers.end}`, markers);
    expect(state.bodyHtml).toBe(`<html><body>${markers.start}<p>2026.01 og 2026.02</p>${markers.end}<p>Hilsen sekretariatet</p></body></html>`);
  });

  it('refuses a body over Outlook’s limit before writing, leaving the body as it was', async () => {
    const { appointment, state } = await compose({ bodyHtml: '<p>Eget</p>' });
    const huge = `${markers.start}${'x'.repeat(BODY_MAX_CHARS)}${markers.end}`;
    await expect(appointment.writeBlock(huge, markers)).rejects.toMatchObject({ code: 'bodyTooLarge', detail: expect.stringContaining('characters') });
    expect(state.bodyHtml).toBe('<p>Eget</p>');
    expect(state.calls).not.toContain('body.setAsync');
  });

  it('maps Outlook’s own DataExceedsMaximumSize to bodyTooLarge when its limit is lower than ours', async () => {
    const { appointment } = await compose({ bodyLimitChars: 100 });
    await expect(appointment.setBodyHtml('y'.repeat(200))).rejects.toMatchObject({ code: 'bodyTooLarge' });
  });

  it('attaches a file within the limit and reports a file over the limit as a link case without calling Outlook', async () => {
    const { appointment, state } = await compose();
    expect(await appointment.addFileAttachment('Vedlegg 1.pdf', 'aGVp', 3)).toEqual({ added: true });
    expect(await appointment.addFileAttachment('Stor.pdf', 'aGVp', ATTACHMENT_MAX_BYTES + 1)).toEqual({ added: false, reason: 'attachmentTooLarge' });
    expect(state.attachments.map((a) => a.name)).toEqual(['Vedlegg 1.pdf']);
  });

  it('turns Outlook’s AttachmentSizeExceeded into a link case', async () => {
    const { appointment } = await compose({ attachmentLimitBytes: 2 });
    expect(await appointment.addFileAttachment('Vedlegg.pdf', 'aGVpaGVp', 6)).toEqual({ added: false, reason: 'attachmentTooLarge' });
  });

  it('without Mailbox 1.8 gives no attachments and no item id, as requirementMissing for the pane to word', async () => {
    const { appointment } = await compose({ mailboxVersion: '1.5' });
    expect(await appointment.addFileAttachment('a.pdf', 'aGVp', 3)).toEqual({ added: false, reason: 'requirementMissing' });
    await expect(appointment.graphEventId()).rejects.toMatchObject({ code: 'requirementMissing', detail: 'getItemIdAsync' });
  });

  it('saves a new appointment before asking its id and converts the EWS id to the Graph (REST v2) id', async () => {
    const { appointment, state } = await compose({ ewsItemId: 'AAMk/AGI+2TG93' });
    expect(await appointment.graphEventId()).toBe('AAMk-AGI_2TG93');
    expect(state.calls.indexOf('saveAsync')).toBeLessThan(state.calls.indexOf('getItemIdAsync'));
  });

  it('stores custom properties and reads them back, refusing more than 2,500 characters', async () => {
    const { appointment, state } = await compose();
    const props = await appointment.loadCustomProperties();
    await props.save({ motebokMeetingId: 'm-2026', motebokAgendaHash: 'abc' });
    expect(state.customProperties).toEqual({ motebokMeetingId: 'm-2026', motebokAgendaHash: 'abc' });
    expect((await appointment.loadCustomProperties()).get('motebokMeetingId')).toBe('m-2026');
    await expect(props.save({ big: 'z'.repeat(3000) })).rejects.toMatchObject({ code: 'customPropertiesTooLarge' });
  });

  it('fails every call as offline when Outlook has lost its server, changing nothing', async () => {
    const { appointment, state } = await compose({ offline: true, bodyHtml: '<p>Eget</p>' });
    await expect(appointment.writeBlock(`${markers.start}x${markers.end}`, markers)).rejects.toMatchObject({
      code: 'offline',
      message: expect.stringMatching(/^Outlook offline: /),
    });
    expect(state.bodyHtml).toBe('<p>Eget</p>');
  });
});

describe('ReadAppointment', () => {
  it('gives the attendee the invite’s files without inline images, its block and its Graph id', async () => {
    const fake = mockOutlook({
      mode: 'read',
      ewsItemId: 'AAMk/read+1',
      bodyHtml: `<p>x</p>${markers.start}<p>2026.03</p>${markers.end}`,
      attachments: [
        { name: 'Vedlegg 1 - Sak 2026.02 Referat.pdf', size: 1000, attachmentType: 'file', isInline: false },
        { name: 'logo.png', size: 10, attachmentType: 'file', isInline: true },
      ],
    });
    const host = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
    if (host.host !== 'outlook' || !(host.appointment instanceof ReadAppointment)) throw new Error('expected read');
    expect(host.appointment.attachments.map((a) => a.name)).toEqual(['Vedlegg 1 - Sak 2026.02 Referat.pdf']);
    expect(await host.appointment.readBlock(markers)).toBe(`${markers.start}<p>2026.03</p>${markers.end}`);
    expect(host.appointment.graphEventId).toBe('AAMk-read_1');
  });
});
