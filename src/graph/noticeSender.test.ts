import { describe, expect, it } from 'vitest';
import type { Committee, Meeting } from '../domain/model';
import { invitees, noticeTransactionId, snapshotOf } from './noticeSender';
import { summariseAgendaChanges } from '../domain/changeSummary';
import { parseMeetingFile } from '../domain/meetingFile';
import { readFileSync } from 'node:fs';

const committee = {
  id: 'pm',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nb',
  caseNumberPadding: 2,
  attachmentMode: 'fileAndLink',
  logos: [],
  members: [
    { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' },
    { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no' },
    { name: 'Uten adresse' },
    { name: 'Per igjen', email: 'PER.CHRISTIAN.VOSS@siv.example.no' },
  ],
} satisfies Committee;

describe('invitees', () => {
  it('invites every standing member with an address, internal and external, plus chair and referent, each once', () => {
    const meeting: Pick<Meeting, 'chair' | 'minuteTaker'> = { chair: { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' }, minuteTaker: { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no' } };
    expect(invitees(committee, meeting).map((i) => i.address)).toEqual([
      'per.christian.voss@siv.example.no',
      'ingrid.fjeld@larvik.kommune.example.no',
      'hilde.kari.maugesten@siv.example.no',
    ]);
  });
});

describe('noticeTransactionId', () => {
  it('is the same for the same meeting and differs between meetings', () => {
    expect(noticeTransactionId('pm-2026-06-11')).toBe(noticeTransactionId('pm-2026-06-11'));
    expect(noticeTransactionId('pm-2026-06-11')).not.toBe(noticeTransactionId('pm-2025-06-05'));
  });
});

describe('snapshotOf', () => {
  it('keeps what the change summary compares and drops the memo background, so the row stays small', () => {
    const { meeting } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2025.json', import.meta.url), 'utf8')));
    const snapshot = snapshotOf(meeting.items);
    expect(JSON.stringify(snapshot).length).toBeLessThan(JSON.stringify(meeting.items).length / 2);
    expect(summariseAgendaChanges(snapshot, meeting.items, 'nb')).toEqual([]);
    const retitled = meeting.items.map((item, index) => (index === 2 ? { ...item, title: 'Ny tittel' } : item));
    expect(summariseAgendaChanges(snapshot, retitled, 'nb')).toEqual(summariseAgendaChanges(meeting.items, retitled, 'nb'));
  });
});
