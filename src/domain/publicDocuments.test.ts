import { describe, expect, it } from 'vitest';
import { publicDocumentPlan, publicFolderPath } from './publicDocuments';
import type { MeetingFile } from './model';
import { aCommittee, aMeeting, anItem } from './testing/builders';

const memo = { fileName: 'memo.docx' };

function aFile(status: MeetingFile['meeting']['status']): MeetingFile {
  return {
    committee: aCommittee(),
    meeting: aMeeting({
      status,
      items: [
        anItem('personal', { caseNumber: '2026.01' as never, title: 'Oppsigelse av avdelingsleder Hansen', caseMemo: memo, confidentiality: { exempt: { basis: 'offl. § 13', publicTitle: 'Personalsak' } } }),
        anItem('budget', { caseNumber: '2026.02' as never, title: 'Budsjett 2027', caseMemo: memo }),
        anItem('news', { caseNumber: '2026.03' as never, title: 'Orienteringer' }),
      ],
    }),
  };
}

describe('publicDocumentPlan', () => {
  it('plans the innkalling and one saksframlegg per sak that has one, named by the public title', () => {
    const names = publicDocumentPlan(aFile('noticeSent')).map((entry) => entry.fileName);
    expect(names).toHaveLength(3);
    expect(names.every((name) => name.endsWith(' - offentlig versjon.pdf'))).toBe(true);
    expect(names.join('\n')).toContain('2026.01 Saksgrunnlag Personalsak');
    expect(names.join('\n')).not.toContain('Hansen');
    expect(names.join('\n')).toContain('2026.02 Saksgrunnlag Budsjett 2027');
  });

  it('adds the referat once the meeting is held', () => {
    expect(publicDocumentPlan(aFile('inProgress')).map((entry) => entry.kind)).not.toContain('referat');
    expect(publicDocumentPlan(aFile('held')).map((entry) => entry.kind)).toContain('referat');
    expect(publicDocumentPlan(aFile('minutesApproved')).map((entry) => entry.kind)).toContain('referat');
  });

  it('stores them in the meeting folder’s «Offentlig» folder', () => {
    const file = aFile('held');
    expect(publicFolderPath(file.committee, file.meeting)).toMatch(/\/Offentlig$/);
  });
});
