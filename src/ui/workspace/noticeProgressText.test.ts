import { afterEach, describe, expect, it } from 'vitest';
import type { NoticeProgress } from '../shared/services';
import { setLanguage } from '../shared/i18n';
import { noticeProgressText } from './noticeProgressText';

afterEach(() => setLanguage('nb'));

/** Every step a send reports (graph/noticeSender.ts), in the order a first send with a pack reports them. */
const steps: NoticeProgress[] = [
  { step: 'links', sharing: true },
  { step: 'innkalling' },
  { step: 'pack', phase: 'document', index: 0, count: 10 },
  { step: 'pack', phase: 'store', index: 10, count: 10 },
  { step: 'event' },
  { step: 'attachment', fileName: 'Budsjett.xlsx', index: 1, count: 3 },
  { step: 'attendees', update: false },
  { step: 'saved', update: false },
];

describe('the send’s progress in the user’s language (noticeProgressText.ts)', () => {
  it('says each step in bokmål as the sender used to', () => {
    expect(steps.map(noticeProgressText)).toEqual([
      'Lager delingslenker til vedleggene …',
      'Lager og lagrer innkallingen (Word) …',
      'Lager møteboken (PDF): dokument 1 av 10 …',
      'Lagrer møteboken (PDF) i møtemappen …',
      'Oppretter møteinnkallingen i kalenderen …',
      'Legger ved Budsjett.xlsx (2 av 3) …',
      'Sender innkallingen til deltakerne …',
      'Innkallingen er sendt.',
    ]);
    expect(noticeProgressText({ step: 'links', sharing: false })).toBe('Leser vedleggene i dokumentbiblioteket …');
  });

  it('says each step in nynorsk and in English, an update as one', async () => {
    await setLanguage('nn');
    expect(noticeProgressText({ step: 'pack', phase: 'document', index: 9, count: 10 })).toBe('Lagar møteboka (PDF): dokument 10 av 10 …');
    expect(noticeProgressText({ step: 'attendees', update: true })).toBe('Sender oppdatert innkalling til deltakarane …');
    await setLanguage('en');
    expect(steps.map(noticeProgressText)).toEqual([
      'Making sharing links to the attachments …',
      'Making and storing the notice (Word) …',
      'Making the meeting book (PDF): document 1 of 10 …',
      'Storing the meeting book (PDF) in the meeting folder …',
      'Creating the meeting invitation in the calendar …',
      'Attaching Budsjett.xlsx (2 of 3) …',
      'Sending the notice to the attendees …',
      'The notice has been sent.',
    ]);
    expect(noticeProgressText({ step: 'saved', update: true })).toBe('The updated notice has been sent.');
  });
});
