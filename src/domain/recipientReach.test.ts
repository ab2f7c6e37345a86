import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CaseNumberSchema, type Committee, type Meeting } from './model';
import { recipientReach } from './recipientReach';
import { aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const MB = 1024 * 1024;
const guest = { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no' };
const outside = { name: 'Ola Bruker', email: 'ola@brukerorg.example.no' };
const own = { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' };

function committeeWith(mode: Committee['attachmentMode']): Committee {
  return aCommittee({ attachmentMode: mode, members: [own, guest, outside] });
}

function meetingWith(sizes: number[]): Meeting {
  return aMeeting({
    items: [
      anItem('a', {
        caseNumber: v.parse(CaseNumberSchema, '2026.12'),
        caseMemo: { driveItemId: 'memo', fileName: 'Saksframlegg 2026.12.docx' },
        attachments: sizes.map((size, index) => anAttachment(`v${index}`, { number: index + 1, title: `Plan ${index + 1}`, driveItemId: `d${index}`, size })),
      }),
      anItem('b', { caseNumber: v.parse(CaseNumberSchema, '2026.13') }),
    ],
  });
}

const known = { noAccount: ['OLA@brukerorg.example.no'], notGranted: [guest.email] };

describe('recipientReach', () => {
  it('names the invitee with no account in the tenant, the links they cannot open and the saksframlegg, and the guest not granted on the folder', () => {
    const reach = recipientReach(committeeWith('link'), meetingWith([2 * MB]), known);
    expect(reach.recipients.map((r) => [r.invitee.address, r.why, r.linkedOnly, r.caseMemos])).toEqual([
      [guest.email, 'notGranted', [], 1],
      [outside.email, 'noAccount', ['Vedlegg 1 - Sak 2026.12 Plan 1'], 1],
    ]);
    expect(reach.attached).toBe(0);
  });

  it('offers to attach the linked vedlegg only when someone cannot open the links and the files fit Exchange’s limits', () => {
    expect(recipientReach(committeeWith('link'), meetingWith([2 * MB, 20 * MB]), known).canAttachLinked).toBe(true);
    // Together past the default 35 MB message size once encoded.
    expect(recipientReach(committeeWith('link'), meetingWith([20 * MB, 20 * MB]), known).canAttachLinked).toBe(false);
    // One file past 150 MB.
    expect(recipientReach(committeeWith('link'), meetingWith([151 * MB]), known).canAttachLinked).toBe(false);
    // Only a guest not granted: the organisation links are not what they lack.
    expect(recipientReach(committeeWith('link'), meetingWith([2 * MB]), { noAccount: [], notGranted: [guest.email] }).canAttachLinked).toBe(false);
    // Files attached already: nothing to offer, and nobody is short of a vedlegg.
    const files = recipientReach(committeeWith('fileAndLink'), meetingWith([2 * MB]), known);
    expect(files.canAttachLinked).toBe(false);
    expect(files.recipients.find((r) => r.why === 'noAccount')?.linkedOnly).toEqual([]);
    expect(files.attached).toBe(1);
  });

  it('names nobody when everyone can open SharePoint', () => {
    expect(recipientReach(committeeWith('link'), meetingWith([MB]), { noAccount: [], notGranted: [] }).recipients).toEqual([]);
  });

  it('never counts an exempt vedlegg, which goes to nobody in the invite', () => {
    const meeting = meetingWith([MB]);
    const items = meeting.items.map((item) =>
      item.id === 'a' ? { ...item, attachments: item.attachments.map((a) => ({ ...a, exemption: { basis: 'offl. § 14' } })) } : item,
    );
    const reach = recipientReach(committeeWith('link'), { ...meeting, items }, known);
    expect(reach.recipients.find((r) => r.why === 'noAccount')?.linkedOnly).toEqual([]);
    expect(reach.canAttachLinked).toBe(false);
  });
});

describe('recipientReach before a send with a sak unntatt offentlighet', () => {
  const exempt = { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } };
  const exemptSak = anItem('x', { caseNumber: v.parse(CaseNumberSchema, 'ER-sak 6/27'), title: 'Klage', confidentiality: exempt });
  const openSak = anItem('o', { caseNumber: v.parse(CaseNumberSchema, 'ER-sak 5/27'), title: 'Møteplan' });

  const noAccount = { noAccount: [outside.email], notGranted: [] };

  it('names the member with no account the send would have to give the exempt sak, and the sak, since SharePoint cannot grant it and the send refuses', () => {
    const reach = recipientReach(aCommittee({ members: [own, outside] }), aMeeting({ items: [openSak, exemptSak] }), noAccount);
    expect(reach.exemptUnreachable.map((entry) => [entry.invitee.address, entry.saker])).toEqual([[outside.email, ['6/27']]]);
  });

  it('names nobody when the meeting has nothing exempt, or the one with no account may not see it (a vara the committee keeps out)', () => {
    expect(recipientReach(aCommittee({ members: [own, outside] }), aMeeting({ items: [openSak] }), noAccount).exemptUnreachable).toEqual([]);
    const vara = aCommittee({ members: [own, { ...outside, role: 'deputy' }] });
    expect(recipientReach(vara, aMeeting({ items: [openSak, exemptSak] }), noAccount).exemptUnreachable).toEqual([]);
  });
});
