import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedMeeting, type InvalidMeetingError } from '../../domain/meetingFile';
import { CaseNumberSchema, type Meeting } from '../../domain/model';
import { MAX_LIST_DEPTH, type ListBlock } from '../../domain/richText';
import { DEFAULT_ITEM_KINDS } from '../../domain/conventions';
import { formatCaseNumber, parseCaseNumber } from '../../domain/caseNumbering';
import { aClosingRow, aCommittee, aMeeting, anAttachment, anItem } from '../../domain/testing/builders';
import { problemsOf } from '../../domain/testing/meetingFileProblems';
import './commonText';
import { describeError } from './describeError';
import { setLanguage, translate } from './i18n';
import type { CommonKey } from './messages';
import { fileProblemText } from './meetingFileText';

/**
 * The rules across a meeting's fields (domain/meetingRules.ts), the committee's sakstyper
 * (conventions.ts), the case number format's codes, a file name's invisible characters and rich
 * text's list depth come as data (domain/fieldRules.ts) and are worded in the user's language,
 * naming the field or entry: bokmål as the schemas wrote it before, nynorsk and English beside it.
 */

const t = (key: CommonKey, values?: Record<string, string | number>) => translate('common', key, values);
const lines = (json: unknown) => problemsOf(json).map(({ path, problem }) => `${path}: ${fileProblemText(problem)}`);
const number = (text: string) => v.parse(CaseNumberSchema, text);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

function nestedBullets(depth: number): ListBlock {
  let list: ListBlock = { type: 'bulletList', items: [[{ text: `nivå ${depth}` }]] };
  for (let level = depth - 1; level >= 1; level -= 1) list = { type: 'bulletList', items: [{ content: [{ text: `nivå ${level}` }], list }] };
  return list;
}

const kari = { name: 'Kari Fast' };
const committee = aCommittee({ members: [kari], attendanceGroups: ['Ordførarar', 'Rådmenn'] });
const a = anItem('a', { caseNumber: number('2026.03') });
/** Every rule across the meeting's fields broken once, in a file that is otherwise valid. */
const acrossFields = {
  committee,
  meeting: aMeeting({
    start: '13:00',
    end: '09:30',
    items: [a, { ...a, caseNumber: number('2026.04') }, anItem('b', { caseNumber: number('2026.03'), kinds: ['Ukjent'] }), aClosingRow()],
    attendance: [
      { person: kari, status: 'present', arrivedDuringItem: 'zz', group: 'Andre' },
      { person: { name: 'Ola Nordmann' }, status: 'present', items: [{ from: 'b', to: 'a' }], arrivedAt: '14:00', leftAt: '13:45' },
    ],
    disqualifications: [{ itemId: 'x', person: 'Nils Ukjent' }],
  }),
};
/** The committee's sakstyper and case number format broken (a file stops at its committee's problems before the rules across fields). */
const badCommittee = (conventions: unknown, caseNumberFormat = '{YYYY}.{NN}') => ({ committee: { ...committee, caseNumberFormat, conventions }, meeting: aMeeting() });
const [approval] = DEFAULT_ITEM_KINDS;
const kindFiles = [
  badCommittee({ itemKinds: [approval, approval] }),
  badCommittee({ itemKinds: [] }),
  badCommittee({ itemKinds: [{ id: ' ', nb: 'Sak', nn: '' }, { id: 'x'.repeat(61), nb: 'x'.repeat(61), nn: 'Sak' }] }),
  badCommittee(undefined, '{YYYY}.{X}{NN}'),
  badCommittee(undefined, 'Sak {YY}'),
];
/** Saved from a screen: a file name SharePoint would show as another, and a list deeper than Word's levels. */
const toSave: Meeting = aMeeting({
  items: [anItem('a', { caseNumber: number('2026.03'), summary: [nestedBullets(MAX_LIST_DEPTH + 1)], attachments: [anAttachment('v1', { fileName: 'Referat\u202Excod.exe' })] })],
});
const saveText = () => describeError(thrown(() => checkedMeeting(toSave)) as InvalidMeetingError, t).message;
/** A case number that does not read in the committee's format, and one that cannot be written, as a screen shows them. */
const caseNumberTexts = () =>
  [() => parseCaseNumber('Sak 03-26', '{YYYY}.{NN}', 2026), () => parseCaseNumber('7', 'Sak {N}'), () => formatCaseNumber(2026, 10000, '{YYYY}.{NN}'), () => formatCaseNumber(26, 1, '{YYYY}.{NN}')].map(
    (run) => describeError(thrown(run), t).message,
  );

afterEach(() => setLanguage('nb'));

describe('the rules across a meeting’s fields, its sakstyper, case number format, file names and lists in the user’s words', () => {
  it('words them in bokmål as the schemas wrote them before', async () => {
    await import('./meetingFileText');
    expect(lines(acrossFields)).toEqual([
      'meeting.items[1].id: Saken har samme id («a») som sak nr. 1 i sakslisten',
      'meeting.items[2].caseNumber: Saksnummeret 2026.03 er allerede brukt av sak nr. 1 i sakslisten',
      'meeting.end: Møtet må slutte etter at det begynner (begynner 13:00, slutter 09:30)',
      'meeting.attendance[0].arrivedDuringItem: Oppmøtet for Kari Fast viser til sak «zz», som ikke finnes i sakslisten (oppgi sakens id)',
      'meeting.attendance[0].group: Oppmøtet for Kari Fast: rollegruppen «Andre» er ikke en av møteorganets grupper (Ordførarar, Rådmenn)',
      'meeting.attendance[1].items[0].to: Oppmøtet for Ola Nordmann: sakene må gå fra en tidligere til en senere sak («b» kommer etter «a»)',
      'meeting.attendance[1].leftAt: Oppmøtet for Ola Nordmann: gikk (13:45) før eller da vedkommende kom (14:00)',
      'meeting.disqualifications[0].itemId: Inhabiliteten til Nils Ukjent viser til sak «x», som ikke finnes i sakslisten (oppgi sakens id)',
      'meeting.disqualifications[0].person: Nils Ukjent står verken i oppmøtet eller blant møteorganets medlemmer',
      'meeting.items[2].kinds: Sakstypen «Ukjent» finnes ikke i møteorganets liste over sakstyper (committee.conventions.itemKinds)',
    ]);
    expect(kindFiles.map(lines)).toEqual([
      ['committee.conventions.itemKinds[1].id: Sakstypen «Godkjenning» står to ganger i listen'],
      ['committee.conventions.itemKinds: Møteorganet må ha minst én sakstype'],
      [
        'committee.conventions.itemKinds[0].id: Sakstypen er tom',
        'committee.conventions.itemKinds[0].nn: Sakstypen mangler nynorsknavn',
        'committee.conventions.itemKinds[1].id: Sakstypen kan ha høyst 60 tegn.',
        'committee.conventions.itemKinds[1].nb: Navnet på sakstypen kan ha høyst 60 tegn.',
      ],
      ['committee.caseNumberFormat: Ukjent kode i saksnummerformatet. Bruk {YYYY}, {YY}, {N}, {NN} eller {NNN}'],
      ['committee.caseNumberFormat: Saksnummerformatet må ha ett løpenummer: {N}, {NN} eller {NNN}'],
    ]);
    expect(saveText()).toBe(
      [
        'Møtet kan ikke lagres slik det er:',
        'Sak 2026.03: Sammendraget har en liste med 10 nivåer. En liste kan ha høyst 9 nivåer.',
        'Sak 2026.03: Filnavnet inneholder usynlige tegn som endrer retning eller skjuler tegn, slik at det kan vises som noe annet enn det er.',
      ].join('\n'),
    );
    expect(caseNumberTexts()).toEqual([
      '«Sak 03-26» er ikke et gyldig saksnummer i formatet {YYYY}.{NN}. Løpenummeret begynner på 1, for eksempel 2026.03.',
      '«7» er ikke et gyldig saksnummer i formatet Sak {N}. Løpenummeret begynner på 1, for eksempel Sak 3.',
      'Løpenummeret 10000 kan ikke brukes i et saksnummer (må være mellom 1 og 9999).',
      'Året 26 kan ikke brukes i et saksnummer (må ha fire sifre).',
    ]);
  });

  it('words them in nynorsk, naming the field or entry', async () => {
    await setLanguage('nn');
    expect(lines(acrossFields)).toEqual([
      'meeting.items[1].id: Saka har same id («a») som sak nr. 1 i saklista',
      'meeting.items[2].caseNumber: Saksnummeret 2026.03 er alt brukt av sak nr. 1 i saklista',
      'meeting.end: Møtet må slutte etter at det byrjar (byrjar 13:00, sluttar 09:30)',
      'meeting.attendance[0].arrivedDuringItem: Oppmøtet for Kari Fast viser til sak «zz», som ikkje finst i saklista (oppgi id-en til saka)',
      'meeting.attendance[0].group: Oppmøtet for Kari Fast: rollegruppa «Andre» er ikkje ei av gruppene til møteorganet (Ordførarar, Rådmenn)',
      'meeting.attendance[1].items[0].to: Oppmøtet for Ola Nordmann: sakene må gå frå ei tidlegare til ei seinare sak («b» kjem etter «a»)',
      'meeting.attendance[1].leftAt: Oppmøtet for Ola Nordmann: gjekk (13:45) før eller då vedkommande kom (14:00)',
      'meeting.disqualifications[0].itemId: Inhabiliteten til Nils Ukjent viser til sak «x», som ikkje finst i saklista (oppgi id-en til saka)',
      'meeting.disqualifications[0].person: Nils Ukjent står verken i oppmøtet eller blant medlemmene i møteorganet',
      'meeting.items[2].kinds: Sakstypen «Ukjent» finst ikkje i lista over sakstypar til møteorganet (committee.conventions.itemKinds)',
    ]);
    expect(kindFiles.map(lines)).toEqual([
      ['committee.conventions.itemKinds[1].id: Sakstypen «Godkjenning» står to gonger i lista'],
      ['committee.conventions.itemKinds: Møteorganet må ha minst éin sakstype'],
      [
        'committee.conventions.itemKinds[0].id: Sakstypen er tom',
        'committee.conventions.itemKinds[0].nn: Sakstypen manglar nynorsknamn',
        'committee.conventions.itemKinds[1].id: Sakstypen kan ha høgst 60 teikn.',
        'committee.conventions.itemKinds[1].nb: Namnet på sakstypen kan ha høgst 60 teikn.',
      ],
      ['committee.caseNumberFormat: Ukjend kode i saksnummerformatet. Bruk {YYYY}, {YY}, {N}, {NN} eller {NNN}'],
      ['committee.caseNumberFormat: Saksnummerformatet må ha eitt løpenummer: {N}, {NN} eller {NNN}'],
    ]);
    expect(saveText()).toBe(
      [
        'Møtet kan ikkje lagrast slik det er:',
        'Sak 2026.03: Samandraget har ei liste med 10 nivå. Ei liste kan ha høgst 9 nivå.',
        'Sak 2026.03: Filnamnet inneheld usynlege teikn som endrar retning eller gøymer teikn, slik at det kan visast som noko anna enn det er.',
      ].join('\n'),
    );
    expect(caseNumberTexts()).toEqual([
      '«Sak 03-26» er ikkje eit gyldig saksnummer i formatet {YYYY}.{NN}. Løpenummeret byrjar på 1, til dømes 2026.03.',
      '«7» er ikkje eit gyldig saksnummer i formatet Sak {N}. Løpenummeret byrjar på 1, til dømes Sak 3.',
      'Løpenummeret 10000 kan ikkje brukast i eit saksnummer (må vere mellom 1 og 9999).',
      'Året 26 kan ikkje brukast i eit saksnummer (må ha fire siffer).',
    ]);
  });

  it('words them in English, naming the field or entry', async () => {
    await setLanguage('en');
    expect(lines(acrossFields)).toEqual([
      'meeting.items[1].id: The item has the same id (“a”) as item no. 1 on the agenda',
      'meeting.items[2].caseNumber: The case number 2026.03 is already used by item no. 1 on the agenda',
      'meeting.end: The meeting must end after it starts (starts 13:00, ends 09:30)',
      'meeting.attendance[0].arrivedDuringItem: The attendance of Kari Fast refers to item “zz”, which is not on the agenda (give the item’s id)',
      'meeting.attendance[0].group: The attendance of Kari Fast: the role group “Andre” is not one of the committee’s groups (Ordførarar, Rådmenn)',
      'meeting.attendance[1].items[0].to: The attendance of Ola Nordmann: the items must run from an earlier to a later item (“b” comes after “a”)',
      'meeting.attendance[1].leftAt: The attendance of Ola Nordmann: left (13:45) before or when they arrived (14:00)',
      'meeting.disqualifications[0].itemId: The disqualification of Nils Ukjent refers to item “x”, which is not on the agenda (give the item’s id)',
      'meeting.disqualifications[0].person: Nils Ukjent is neither in the attendance nor among the committee’s members',
      'meeting.items[2].kinds: The item type “Ukjent” is not in the committee’s list of item types (committee.conventions.itemKinds)',
    ]);
    expect(kindFiles.map(lines)).toEqual([
      ['committee.conventions.itemKinds[1].id: The item type “Godkjenning” is in the list twice'],
      ['committee.conventions.itemKinds: The committee must have at least one item type'],
      [
        'committee.conventions.itemKinds[0].id: The item type is empty',
        'committee.conventions.itemKinds[0].nn: The item type has no Nynorsk name',
        'committee.conventions.itemKinds[1].id: The item type can have at most 60 characters.',
        'committee.conventions.itemKinds[1].nb: The item type’s name can have at most 60 characters.',
      ],
      ['committee.caseNumberFormat: Unknown code in the case number format. Use {YYYY}, {YY}, {N}, {NN} or {NNN}'],
      ['committee.caseNumberFormat: The case number format must have one serial: {N}, {NN} or {NNN}'],
    ]);
    expect(saveText()).toBe(
      [
        'The meeting cannot be saved as it is:',
        'Item 2026.03: The summary has a list 10 levels deep. A list can have at most 9 levels.',
        'Item 2026.03: The file name contains invisible characters that change direction or hide characters, so that it may show as something other than it is.',
      ].join('\n'),
    );
    expect(caseNumberTexts()).toEqual([
      '“Sak 03-26” is not a valid case number in the format {YYYY}.{NN}. The serial starts at 1, for example 2026.03.',
      '“7” is not a valid case number in the format Sak {N}. The serial starts at 1, for example Sak 3.',
      'The serial 10000 cannot be used in a case number (it must be between 1 and 9999).',
      'The year 26 cannot be used in a case number (it must have four digits).',
    ]);
  });
});
