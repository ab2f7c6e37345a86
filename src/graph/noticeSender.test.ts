import { describe, expect, it } from 'vitest';
import { noticeTransactionId, snapshotOf } from './noticeSender';
import { summariseAgendaChanges } from '../domain/changeSummary';
import { parseMeetingFile } from '../domain/meetingFile';
import { readFileSync } from 'node:fs';


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
    expect(summariseAgendaChanges(snapshot, meeting.items, { languageForm: 'nb' })).toEqual([]);
    const retitled = meeting.items.map((item, index) => (index === 2 ? { ...item, title: 'Ny tittel' } : item));
    expect(summariseAgendaChanges(snapshot, retitled, { languageForm: 'nb' })).toEqual(summariseAgendaChanges(meeting.items, retitled, { languageForm: 'nb' }));
  });
});
