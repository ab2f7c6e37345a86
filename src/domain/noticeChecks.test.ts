import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { canSendNotice, checkReadyForNotice, type NoticeProblemCode } from './noticeChecks';
import { CaseNumberSchema, type Meeting } from './model';
import { aClosingRow, aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const committee = aCommittee();
const chair = { name: 'Per Christian Voss' };
const cn = (text: string) => v.parse(CaseNumberSchema, text);

const ready: Meeting = aMeeting({
  chair,
  items: [
    anItem('a', { caseNumber: cn('2026.01'), presenters: [chair] }),
    anItem('b', { caseNumber: cn('2026.02'), presenters: [chair], attachments: [anAttachment('v1', { number: 1, driveItemId: 'd1', size: 1000 })] }),
    aClosingRow(),
  ],
});

const codes = (meeting: Meeting, options = {}, c = committee): NoticeProblemCode[] => checkReadyForNotice(meeting, c, options).map((p) => p.code);

describe('checkReadyForNotice', () => {
  it('finds nothing wrong with a complete agenda', () => {
    expect(checkReadyForNotice(ready, committee, { today: '2026-05-20' })).toEqual([]);
    expect(canSendNotice([])).toBe(true);
  });

  it('blocks an agenda with only the closing row', () => {
    const problems = checkReadyForNotice({ ...ready, items: [aClosingRow()] }, committee);
    expect(problems).toEqual([{ code: 'noItems', severity: 'error', reason: { key: 'notice.noItems' } }]);
    expect(canSendNotice(problems)).toBe(false);
  });

  it('blocks a meeting with neither place nor Teams, and one in the past', () => {
    expect(codes({ ...ready, place: ' ', online: false })).toEqual(['noPlace']);
    expect(codes({ ...ready, place: '', online: true })).toEqual([]);
    expect(codes(ready, { today: '2026-06-12' })).toEqual(['meetingInPast']);
    expect(codes(ready, { today: '2026-06-11' })).toEqual([]);
  });

  it('blocks a meeting recorded without its time (an imported file may lack it)', () => {
    expect(codes({ ...ready, start: undefined, end: undefined })).toEqual(['noTime']);
  });

  it('warns, without blocking, about a missing chair or presenter', () => {
    const { chair: _chair, ...noChair } = ready;
    const meeting = { ...noChair, items: [anItem('a', { caseNumber: cn('2026.01') }), aClosingRow()] };
    const problems = checkReadyForNotice(meeting, committee);
    expect(problems.map((p) => [p.code, p.severity, p.itemId])).toEqual([
      ['noChair', 'warning', undefined],
      ['noPresenter', 'warning', 'a'],
    ]);
    expect(problems[1]!.reason).toEqual({ key: 'notice.noPresenter', values: { item: '2026.01' } });
    expect(problems[0]!.reason).toEqual({ key: 'notice.noChair', values: { chairWord: 'chair' } });
    expect(canSendNotice(problems)).toBe(true);
  });

  it('names a sak whose number says «sak» itself once: «Sak 3/26 har ingen ansvarlig», not «Sak AMU-sak 3/26»', () => {
    const meeting = { ...ready, items: [anItem('a', { caseNumber: cn('AMU-sak 3/26') }), anItem('b', { caseNumber: cn('Sak 04-26') }), aClosingRow()] };
    const named = checkReadyForNotice(meeting, committee).filter((problem) => problem.code === 'noPresenter').map((problem) => problem.reason);
    expect(named).toEqual([
      { key: 'notice.noPresenter', values: { item: '3/26' } },
      { key: 'notice.noPresenter', values: { item: '04-26' } },
    ]);
  });

  it('asks no ansvarlig of the fixed rows a committee\'s template makes: the approval, the Referatsak, an election of who signs, a numbered «Eventuelt»', () => {
    const meeting = {
      ...ready,
      items: [
        anItem('open', { caseNumber: null, row: 'unnumbered' as const, opening: true, title: 'Opning' }),
        anItem('approval', { caseNumber: cn('1/27'), opening: true, title: 'Godkjenning av innkalling og sakliste', kinds: ['Godkjenning'] }),
        anItem('signers', { caseNumber: cn('2/27'), elects: 'coSigners' as const, title: 'Val av to til å underskrive protokollen' }),
        // A meeting stored before the rows had flags: the Referatsak is known by its kind, as the seeds of 2024 have it without ansvarlig.
        anItem('minutes', { caseNumber: cn('3/27'), title: 'Protokoll frå førre møte', kinds: ['Referatsak'] }),
        anItem('sak', { caseNumber: cn('4/27'), title: 'Budsjett 2027' }),
        anItem('eventuelt', { caseNumber: cn('5/27'), numberedClosing: true, title: 'Eventuelt' }),
        aClosingRow(),
      ],
    };
    const named = checkReadyForNotice(meeting, committee).filter((problem) => problem.code === 'noPresenter');
    expect(named.map((problem) => [problem.itemId, problem.reason])).toEqual([['sak', { key: 'notice.noPresenter', values: { item: '4/27' } }]]);
  });

  it('names many saker without ansvarlig in one line, not one line per sak', () => {
    const items = ['3/27', '4/27', '5/27', '6/27'].map((number, index) => anItem(`s${index}`, { caseNumber: cn(number) }));
    const problems = checkReadyForNotice({ ...ready, items: [...items, aClosingRow()] }, committee).filter((problem) => problem.code === 'noPresenter');
    expect(problems).toEqual([{ code: 'noPresenter', severity: 'warning', itemId: 's0', reason: { key: 'notice.noPresenters', values: { items: '3/27, 4/27, 5/27, 6/27', count: 4 } } }]);
  });

  it('blocks a vedlegg that is not uploaded or has a name SharePoint refuses', () => {
    const meeting = {
      ...ready,
      items: [anItem('a', { caseNumber: cn('2026.01'), presenters: [chair], attachments: [anAttachment('v', { title: 'Plan', fileName: 'Plan: 2026.pdf' })] })],
    };
    const problems = checkReadyForNotice(meeting, committee);
    expect(problems.map((p) => p.code)).toEqual(['attachmentNotUploaded', 'attachmentNameInvalid']);
    expect(problems[0]!.reason).toEqual({ key: 'notice.attachmentNotUploaded', values: { attachment: 'Plan', item: '2026.01' } });
    expect(problems[1]!.reason).toMatchObject({ key: 'notice.attachmentNameInvalid', values: { problems: [{ key: 'fileName.forbiddenCharacter', values: { character: ':' } }] } });
  });

  it('warns of a vedlegg over 150 MB, naming its sak, without blocking the dialog that offers it as a link (inviteSize.ts)', () => {
    const big = { ...ready, items: [anItem('a', { caseNumber: cn('2026.01'), presenters: [chair], attachments: [anAttachment('v', { driveItemId: 'd', size: 200 * 1024 * 1024 })] })] };
    expect(checkReadyForNotice(big, aCommittee({ attachmentMode: 'file' })).map((p) => [p.code, p.severity])).toEqual([['attachmentTooLarge', 'warning']]);
    expect(checkReadyForNotice(big, aCommittee({ attachmentMode: 'fileAndLink' })).map((p) => [p.code, p.severity])).toEqual([['attachmentTooLarge', 'warning']]);
    expect(checkReadyForNotice(big, aCommittee({ attachmentMode: 'link' }))).toEqual([]);
  });

  it('leaves the vedlegg\'s total to the send dialog, whose choice of links decides it (inviteSize.ts)', () => {
    const attachments = [1, 2, 3].map((n) => anAttachment(`v${n}`, { driveItemId: `d${n}`, size: 12 * 1024 * 1024 }));
    const heavy = { ...ready, items: [anItem('a', { caseNumber: cn('2026.01'), presenters: [chair], attachments })] };
    expect(checkReadyForNotice(heavy, committee)).toEqual([]);
  });

  it('catches a case number used twice', () => {
    const meeting = { ...ready, items: [anItem('a', { caseNumber: cn('2026.01'), presenters: [chair] }), anItem('b', { caseNumber: cn('2026.01'), presenters: [chair] })] };
    expect(codes(meeting)).toEqual(['duplicateCaseNumber']);
  });
  it('blocks sending while a sak, saksframlegg or vedlegg is marked unntatt offentlighet without its hjemmel, naming the sak and the document', () => {
    const unnamed = {};
    const meeting = {
      ...ready,
      items: [
        anItem('a', { caseNumber: cn('2026.01'), presenters: [chair], confidentiality: { exempt: unnamed } }),
        anItem('b', { caseNumber: cn('2026.02'), presenters: [chair], confidentiality: { caseMemo: unnamed }, attachments: [anAttachment('v1', { number: 1, title: 'Lønnsoversikt', driveItemId: 'd1', size: 1000, exemption: unnamed })] }),
        // Chosen: nothing to say.
        anItem('c', { caseNumber: cn('2026.03'), presenters: [chair], confidentiality: { exempt: { basis: 'offl. § 24' } } }),
      ],
    };
    const problems = checkReadyForNotice(meeting, committee);
    expect(problems.map((p) => [p.code, p.severity, p.itemId])).toEqual([
      ['exemptionBasisMissing', 'error', 'a'],
      ['exemptionBasisMissing', 'error', 'b'],
      ['exemptionBasisMissing', 'error', 'b'],
    ]);
    expect(problems.map((p) => p.reason)).toEqual([
      { key: 'notice.exemptBasisMissing', values: { item: '2026.01' } },
      { key: 'notice.caseMemoBasisMissing', values: { item: '2026.02' } },
      { key: 'notice.attachmentBasisMissing', values: { attachment: 'Lønnsoversikt', item: '2026.02' } },
    ]);
    expect(canSendNotice(problems)).toBe(false);
    // A vedlegg marked before its sak was: the sak's hjemmel covers it (its own box is gone).
    const covered = { ...ready, items: [anItem('a', { caseNumber: cn('2026.01'), presenters: [chair], confidentiality: { exempt: { basis: 'offl. § 24' } }, attachments: [anAttachment('v1', { driveItemId: 'd1', size: 1000, exemption: unnamed })] })] };
    expect(checkReadyForNotice(covered, committee)).toEqual([]);
  });
});
