import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { eventStart, inviteFiles, invitees, inviteVedlegg, planOutlookAttachments, sentAttachmentMode, vedleggChangedSinceNotice } from './invitation';
import { CaseNumberSchema, type Meeting } from './model';
import { aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const committee = aCommittee({
  members: [
    { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' },
    { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no' },
    { name: 'Uten adresse' },
    { name: 'Per igjen', email: 'PER.CHRISTIAN.VOSS@siv.example.no' },
  ],
});

/** Sak 2026.12 with an uploaded file (original name) and a web page. */
function meetingWithVedlegg(): Meeting {
  return aMeeting({
    items: [
      anItem('a', {
        caseNumber: v.parse(CaseNumberSchema, '2026.12'),
        attachments: [
          anAttachment('plan', { number: 1, title: 'Kompetanseplan 2027 utkast', fileName: 'Kompetanseplan 2027 utkast.pdf', driveItemId: 'd1', size: 40_000, eTag: '"e1"' }),
          anAttachment('side', { number: 2, title: 'Nettside', fileName: 'Nettside', webUrl: 'https://siv.no/side' }),
        ],
      }),
    ],
  });
}

describe('invitees', () => {
  it('invites every standing member with an address, internal and external, plus chair and referent, each once', () => {
    const meeting: Pick<Meeting, 'chair' | 'minuteTaker'> = { chair: { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' }, minuteTaker: { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no' } };
    expect(invitees(committee, meeting).map((i) => i.address)).toEqual(['per.christian.voss@siv.example.no', 'ingrid.fjeld@larvik.kommune.example.no', 'hilde.kari.maugesten@siv.example.no']);
  });
});

describe('inviteVedlegg and inviteFiles', () => {
  it('name an uploaded vedlegg as the invite carries it, not by the name it was uploaded under', () => {
    const [plan] = inviteVedlegg(meetingWithVedlegg(), 'fileAndLink');
    expect(plan?.name).toBe('Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf');
    expect(plan?.label).toBe('Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast');
  });

  it('carry the innkalling first, then only the vedlegg that go as files', () => {
    expect(inviteFiles(committee, meetingWithVedlegg()).map((file) => [file.name, file.size])).toEqual([
      ['Innkalling Partnerskapsmøtet 11.06.26.docx', undefined],
      ['Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf', 40_000],
    ]);
    expect(inviteFiles(aCommittee({ attachmentMode: 'link' }), meetingWithVedlegg()).map((file) => file.name)).toEqual(['Innkalling Partnerskapsmøtet 11.06.26.docx']);
  });
});

describe('sentAttachmentMode', () => {
  it('attaches the vedlegg a link-only committee links when the send says so, and changes no other mode', () => {
    expect(sentAttachmentMode('link', true)).toBe('fileAndLink');
    expect(sentAttachmentMode('link', false)).toBe('link');
    expect(sentAttachmentMode('link', undefined)).toBe('link');
    expect(sentAttachmentMode('file', true)).toBe('file');
    expect(sentAttachmentMode('fileAndLink', true)).toBe('fileAndLink');
  });

  it('links only when the send links instead of attaching (too large for mail), whatever else it says', () => {
    expect(sentAttachmentMode('file', false, true)).toBe('link');
    expect(sentAttachmentMode('fileAndLink', undefined, true)).toBe('link');
    expect(sentAttachmentMode('link', true, true)).toBe('link');
    expect(sentAttachmentMode('file', false, false)).toBe('file');
  });

  it('makes inviteVedlegg attach the stored vedlegg, never a web address', () => {
    const entries = inviteVedlegg(meetingWithVedlegg(), sentAttachmentMode('link', true));
    expect(entries.map((entry) => [entry.stored, entry.attached])).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});

describe('vedleggChangedSinceNotice', () => {
  it('finds vedlegg whose file changed (another eTag) and vedlegg added since the notice', () => {
    const sent = meetingWithVedlegg().items;
    const now = meetingWithVedlegg().items.map((item) => ({
      ...item,
      attachments: [...item.attachments.map((a) => (a.id === 'plan' ? { ...a, eTag: '"e2"' } : a)), anAttachment('ny', { number: 3, driveItemId: 'd3' })],
    }));
    expect([...vedleggChangedSinceNotice(sent, now)].sort()).toEqual(['ny', 'plan']);
    expect(vedleggChangedSinceNotice(sent, sent).size).toBe(0);
  });
});

describe('planOutlookAttachments', () => {
  const limits = { canAttachFiles: true, maxFileBytes: 25 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 };

  it('attaches stored vedlegg under the same names as the invite from the workspace, and links the rest', () => {
    const plan = planOutlookAttachments(committee, meetingWithVedlegg(), limits);
    expect(plan.map((entry) => [entry.name, entry.decision, entry.reason])).toEqual([
      ['Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf', 'file', undefined],
      ['Vedlegg 2 - Sak 2026.12 Nettside', 'link', 'notStored'],
    ]);
  });

  it('links a file over Outlook’s limit and every file when Outlook cannot attach', () => {
    expect(planOutlookAttachments(committee, meetingWithVedlegg(), { ...limits, maxFileBytes: 10_000 })[0]?.reason).toBe('attachmentTooLarge');
    expect(planOutlookAttachments(committee, meetingWithVedlegg(), { ...limits, canAttachFiles: false })[0]?.reason).toBe('requirementMissing');
  });
});

describe('eventStart', () => {
  it('starts the calendar event at a befaring before the meeting, else at the meeting', () => {
    expect(eventStart({ start: '13:30', siteVisit: { start: '12:00', place: 'Leines skole' } })).toBe('12:00');
    // A befaring during the meeting, or without a time of its own, leaves the meeting's start.
    expect(eventStart({ start: '13:30', siteVisit: { start: '14:00', place: 'Leines skole' } })).toBe('13:30');
    expect(eventStart({ start: '13:30', siteVisit: { place: 'Leines skole' } })).toBe('13:30');
    expect(eventStart({ start: '13:30' })).toBe('13:30');
    expect(eventStart({ start: undefined, siteVisit: { start: '12:00', place: 'Leines skole' } })).toBeUndefined();
  });
});
