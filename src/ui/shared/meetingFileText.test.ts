import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedMeeting, parseMeetingFile, parseMeetingFileText } from '../../domain/meetingFile';
import { CaseNumberSchema } from '../../domain/model';
import { MAX_TITLE_LENGTH } from '../../domain/limits';
import { aClosingRow, aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { problemsOf } from '../../domain/testing/meetingFileProblems';
import './commonText';
import { describeError } from './describeError';
import { setLanguage, translate } from './i18n';
import type { CommonKey } from './messages';
import { fileProblemText, meetingFileErrorText } from './meetingFileText';
import { thrown } from './testing/thrown';

const t = (key: CommonKey, values?: Record<string, string | number>) => translate('common', key, values);
const validFile = { committee: aCommittee(), meeting: aMeeting({ items: [anItem('a'), aClosingRow()] }) };
/** Each problem of a file as a line, as the tools and screens show it. */
const lines = (json: unknown) => problemsOf(json).map(({ path, problem }) => `${path}: ${fileProblemText(problem)}`);

afterEach(() => setLanguage('nb'));

describe('meeting file problems in the user’s words (meetingFileText.ts)', () => {
  it('words the domain’s codes in bokmål as they read before, each after its field', () => {
    type Loose = { committee: Record<string, unknown>; meeting: { online: unknown; items: Record<string, unknown>[] } };
    const json = structuredClone(validFile) as unknown as Loose;
    json.committee['languageForm'] = 'se';
    json.committee['caseNumberPading'] = 3;
    json.meeting.online = 'ja';
    json.meeting.items[0]!['summary'] = [{ type: 'heading', text: 'Overskrift' }];
    json.meeting.items[0]!['plannedMinutes'] = -3;
    delete json.meeting.items[1]!['title'];
    expect(lines(json)).toEqual([
      'committee.languageForm: Ugyldig verdi. Tillatt: nb, nn',
      'committee.caseNumberPading: Ukjent felt (feilstavet, eller fra en nyere versjon?)',
      'meeting.online: Skal være sann/usann',
      'meeting.items[0].summary[0].type: Ukjent type. Tillatt: paragraph, bulletList, numberedList, table',
      'meeting.items[0].plannedMinutes: Må være større enn 0',
      'meeting.items[1].title: Mangler',
    ]);
    expect(lines(null)).toEqual(['(filen): Skal være et objekt']);
    expect(lines({ formatVersion: 'motebok-meeting/9', ...validFile })).toEqual([
      'formatVersion: Ukjent versjon «motebok-meeting/9». Denne utgaven av Møtebok leser motebok-meeting/1 og motebok-meeting/2',
    ]);
    const renumbered = structuredClone(validFile);
    renumbered.meeting.items[0]!.caseNumber = v.parse(CaseNumberSchema, '26.2');
    expect(lines(renumbered)).toEqual(['meeting.items[0].caseNumber: Saksnummeret passer ikke med møteorganets format {YYYY}.{NN}']);
  });

  it('keeps a schema rule’s own message, and heads the file’s problems with their number', () => {
    const json = structuredClone(validFile);
    json.meeting.items[0]!.title = '';
    const error = thrown(() => parseMeetingFile(json)) as Parameters<typeof meetingFileErrorText>[0];
    expect(meetingFileErrorText(error)).toBe('Møtefilen er ugyldig (1 feil):\nmeeting.items[0].title: Saken må ha en tittel');
    const notJson = thrown(() => parseMeetingFileText('{')) as Parameters<typeof meetingFileErrorText>[0];
    expect(meetingFileErrorText(notJson)).toBe('Møtefilen er ugyldig (1 feil):\n(filen): Filen er ikke gyldig JSON');
  });

  it('says which sak a meeting that cannot be saved has its problem in, as before', () => {
    const meeting = { ...aMeeting(), items: [anItem('sak-1', { caseNumber: v.parse(CaseNumberSchema, '2026.03'), title: 'a'.repeat(MAX_TITLE_LENGTH + 1) })] };
    expect(describeError(thrown(() => checkedMeeting(meeting)), t)).toEqual({
      kind: 'rule',
      message: 'Møtet kan ikke lagres slik det er:\nSak 2026.03: Tittelen kan ha høyst 255 tegn.',
    });
  });

  it('words the codes in nynorsk and English', async () => {
    const json = structuredClone(validFile) as unknown as { meeting: { items: unknown; online: unknown } };
    json.meeting.online = 'ja';
    await setLanguage('nn');
    expect(lines(json)).toEqual(['meeting.online: Skal vere sann/usann']);
    await setLanguage('en');
    expect(lines(json)).toEqual(['meeting.online: Must be true/false']);
    expect(lines({ formatVersion: 'motebok-meeting/9', ...validFile })).toEqual([
      'formatVersion: Unknown version «motebok-meeting/9». This edition of Møtebok reads motebok-meeting/1 and motebok-meeting/2',
    ]);
  });
});
