import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedMeeting, parseMeetingFile, type MeetingFileError } from '../../domain/meetingFile';
import { checkFollowUpDraft } from '../../domain/followUp';
import { REQUIRED_FIELDS, RULE_FIELDS } from '../../domain/fieldRules';
import { CaseNumberSchema } from '../../domain/model';
import { ConventionsSchema, wordingOf } from '../../domain/conventions';
import { reopenApprovedMinutes } from '../../domain/minutesApproval';
import { MAX_TITLE_LENGTH } from '../../domain/limits';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import './commonText';
import { describeError } from './describeError';
import { fieldRuleText } from './fieldRuleText';
import { setLanguage, translate } from './i18n';
import type { CommonKey } from './messages';
import { fileProblemText, invalidMeetingText } from './meetingFileText';
import { thrown } from './testing/thrown';

const t = (key: CommonKey, values?: Record<string, string | number>) => translate('common', key, values);

/** The problems of a meeting file whose first sak `change` spoils, worded. */
function sakProblems(change: (item: Record<string, unknown>) => void): string[] {
  const item: Record<string, unknown> = { ...anItem('sak-1') };
  change(item);
  const error = thrown(() => parseMeetingFile({ committee: aCommittee(), meeting: { ...aMeeting(), items: [item] } })) as MeetingFileError;
  return error.problems.map(({ path, problem }) => `${path}: ${fileProblemText(problem)}`);
}

const tooLongTitle = () => ({ ...aMeeting(), items: [anItem('sak-1', { caseNumber: v.parse(CaseNumberSchema, '2026.03'), title: 'a'.repeat(MAX_TITLE_LENGTH + 1) })] });

afterEach(() => setLanguage('nb'));

describe('the model’s rules on its fields in the user’s words (fieldRuleText.ts)', () => {
  it('words them in bokmål as the schemas wrote them before, naming the field', () => {
    expect(sakProblems((item) => (item.title = ''))).toEqual(['meeting.items[0].title: Saken må ha en tittel']);
    expect(sakProblems((item) => (item.title = 'Budsjett\u0000'))).toEqual([
      'meeting.items[0].title: Tittelen inneholder et kontrolltegn (U+0000) som ikke kan lagres. Fjern det og prøv igjen.',
    ]);
    const paragraph = (length: number) => ({ type: 'paragraph', content: [{ text: 'a'.repeat(length) }] });
    expect(sakProblems((item) => (item.proceedings = [paragraph(30_000), paragraph(30_000)]))).toEqual([
      'meeting.items[0].proceedings: Møtebehandlingen kan ha høyst 50\u00a0000 tegn (nå 60\u00a0001).',
    ]);
    expect(sakProblems((item) => (item.presenters = [{ name: 'Kari', email: 'ikke-en-adresse' }]))).toEqual(['meeting.items[0].presenters[0].email: Ugyldig e-postadresse']);
    expect(invalidMeetingText(thrown(() => checkedMeeting({ ...aMeeting(), date: '11.06.2026' })) as Parameters<typeof invalidMeetingText>[0])).toBe(
      'Møtet kan ikke lagres slik det er:\nMøtet: Dato må ha formen ÅÅÅÅ-MM-DD.',
    );
  });

  it('words them in nynorsk and English, the field named and the limit written as the language writes numbers', async () => {
    const error = thrown(() => checkedMeeting(tooLongTitle()));
    await setLanguage('nn');
    expect(describeError(error, t).message).toBe('Møtet kan ikkje lagrast slik det er:\nSak 2026.03: Tittelen kan ha høgst 255 teikn.');
    expect(sakProblems((item) => (item.title = ''))).toEqual(['meeting.items[0].title: Saka må ha ein tittel']);
    expect(fieldRuleText({ code: 'tooLong', field: 'proceedings', max: 50_000, length: 60_001 })).toBe('Møtebehandlinga kan ha høgst 50\u00a0000 teikn (no 60\u00a0001).');
    await setLanguage('en');
    expect(describeError(error, t).message).toBe('The meeting cannot be saved as it is:\nItem 2026.03: The title can have at most 255 characters.');
    expect(sakProblems((item) => (item.title = 'Budsjett\u0007'))).toEqual([
      'meeting.items[0].title: The title contains a control character (U+0007) that cannot be saved. Remove it and try again.',
    ]);
    expect(fieldRuleText({ code: 'tooLong', field: 'proceedings', max: 50_000, length: 60_001 })).toBe('The proceedings can have at most 50,000 characters (now 60,001).');
  });

  it('words a rule a use case refuses (DomainError with the rule), in the user’s language', async () => {
    const error = thrown(() => checkFollowUpDraft({ what: ' ', who: { name: 'Per' }, due: undefined }));
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'Skriv hva som skal følges opp' });
    await setLanguage('nn');
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'Skriv kva som skal følgjast opp' });
    await setLanguage('en');
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'Write what is to be followed up' });
  });

  it('has words for every field and every rule, in every language (no key shown as it is)', async () => {
    const allRules = () => [
      ...RULE_FIELDS.map((field) => fieldRuleText({ code: 'tooLong', field, max: 10 })),
      ...RULE_FIELDS.map((field) => fieldRuleText({ code: 'controlCharacter', field, character: 'U+0000' })),
      ...REQUIRED_FIELDS.map((field) => fieldRuleText({ code: 'required', field })),
      ...RULE_FIELDS.map((field) => fieldRuleText({ code: 'listTooDeep', field, max: 9, depth: 10 })),
      ...(['itemId', 'caseNumber'] as const).map((field) => fieldRuleText({ code: 'duplicate', field, value: 'a', position: 1 })),
      fieldRuleText({ code: 'duplicate', field: 'itemKind', value: 'a' }),
      fieldRuleText({ code: 'endBeforeStart', start: '13:00', end: '12:00' }),
      ...(['attendance', 'disqualification'] as const).map((of) => fieldRuleText({ code: 'unknownItem', of, person: 'Kari', itemId: 'x' })),
      fieldRuleText({ code: 'itemsReversed', person: 'Kari', from: 'b', to: 'a' }),
      fieldRuleText({ code: 'leftBeforeArrived', person: 'Kari', arrivedAt: '13:00', leftAt: '12:00' }),
      fieldRuleText({ code: 'unknownGroup', person: 'Kari', group: 'Andre', groups: ['Ordførarar'] }),
      fieldRuleText({ code: 'unknownPerson', person: 'Kari' }),
      fieldRuleText({ code: 'unknownItemKind', kind: 'x' }),
      fieldRuleText({ code: 'invisibleCharacter', field: 'fileName' }),
      fieldRuleText({ code: 'malformedCaseNumber', field: 'caseNumber', text: 'x', format: 'y' }),
      ...(['year', 'serial'] as const).map((part) => fieldRuleText({ code: 'caseNumberOutOfRange', field: 'caseNumber', part, value: 0, max: 9999 })),
    ];
    for (const language of ['nb', 'nn', 'en'] as const) {
      await setLanguage(language);
      expect(allRules().filter((text) => /field\.|required\.|duplicate\.|unknownItem\.|\{/.test(text)), language).toEqual([]);
    }
  });

  it('names the record and its decisions in the committee\'s words: «protokollen», «vedtaket», «innstillinga»', async () => {
    const protokoll = v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'innstilling' });
    // The reason the reopening asks for, refused by the use case itself (blank reason) and worded through the error bar's path.
    const approved = { ...aMeeting(), status: 'minutesApproved' as const, minutesApprovedAt: '2026-06-12T10:00:00Z' };
    const blank = thrown(() => reopenApprovedMinutes(approved, { by: 'Hilde', at: '2026-06-13T10:00:00Z', reason: ' ' }));
    expect(describeError(blank, t, wordingOf(protokoll, 'nb')).message).toBe('Skriv hvorfor protokollen gjenåpnes');
    expect(describeError(blank, t).message).toBe('Skriv hvorfor referatet gjenåpnes');
    const point = { code: 'tooLong', field: 'conclusionPoint', max: 4000 } as const;
    expect(fieldRuleText(point, wordingOf(protokoll, 'nb'))).toBe('Et punkt i vedtaket kan ha høyst 4\u00a0000 tegn.');
    expect(fieldRuleText({ code: 'required', field: 'reopenedBy' }, wordingOf(protokoll, 'nb'))).toBe('Navnet på den som gjenåpnet protokollen, mangler');
    await setLanguage('nn');
    expect(describeError(blank, t, wordingOf(protokoll, 'nn')).message).toBe('Skriv kvifor protokollen vert opna att');
    expect(fieldRuleText({ ...point, field: 'proposedConclusionPoint' }, wordingOf(protokoll, 'nn'))).toBe('Eit punkt i innstillinga kan ha høgst 4\u00a0000 teikn.');
    expect(fieldRuleText(point)).toBe('Eit punkt i konklusjonen kan ha høgst 4\u00a0000 teikn.');
    await setLanguage('en');
    expect(describeError(blank, t, wordingOf(protokoll, 'en')).message).toBe('Write why the record is reopened');
    expect(describeError(blank, t).message).toBe('Write why the minutes are reopened');
  });
});
