import { describe, expect, it } from 'vitest';
import { blankCommittee } from '../../domain/blankCommittee';
import { checkCommitteeSettings, settingsOf, type CommitteeSettingsInput } from '../../domain/committeeSettings';
import { workspacePanelMessages } from './panelMessages';
import { settingsProblemMessages } from './settingsProblemMessages';

// The committee settings' problems as the domain validator (`checkCommitteeSettings`) gives them, each on its field, and
// where the screen words them. The fields the panel words through `settingsProblemMessages.ts` (by «field.code»,
// `CommitteeSettingsPanel.tsx` `problem`) and the five it words from `panelMessages.ts` by name. Eleven `settings.problem.*`
// texts were said to be dead: twenty were (no code reaches them); they are gone, and nothing the validator gives lacks a text.

const hilde = { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no' };
const base = { ...blankCommittee('pm'), name: 'Partnerskapsmøtet', shortName: 'PM', defaultMinuteTaker: hilde };
const input = settingsOf(base);
const conventions = (change: Record<string, unknown>): CommitteeSettingsInput => ({ ...input, conventions: { ...input.conventions, ...change } as CommitteeSettingsInput['conventions'] });

/** Inputs that make the validator give each problem of the fields `CommitteeSettingsPanel`'s `problem` words. */
const panelFieldCases: [string, CommitteeSettingsInput][] = [
  ['name', { ...input, name: ' ' }],
  ['shortName', { ...input, shortName: '' }],
  ['shortName', { ...input, shortName: 'ABCDEFGHIJKLM' }],
  ['shortName', { ...input, shortName: 'P/M' }],
  ['caseNumberFormat', { ...input, caseNumberFormat: ' ' }],
  ['caseNumberFormat', { ...input, caseNumberFormat: 'Sak {YY}' }],
  ['caseNumberFormat', { ...input, caseNumberFormat: '{N}/{Q}' }],
  ['caseNumberSerial', { ...input, caseNumberSerial: 'sometimes' as CommitteeSettingsInput['caseNumberSerial'] }],
  ['languageForm', { ...input, languageForm: 'se' as CommitteeSettingsInput['languageForm'] }],
  ['attachmentMode', { ...input, attachmentMode: 'fax' as CommitteeSettingsInput['attachmentMode'] }],
  ['senderMailbox', { ...input, senderMailbox: 'postmottak@' }],
  ['followUpPlanId', { ...input, followUpPlanId: 'p'.repeat(101) }],
];

/** The problems worded from `panelMessages.ts` by name, and inputs that make the validator give them. */
const namedInPanel: [string, string, CommitteeSettingsInput][] = [
  ['secretariat', 'noManager', { ...input, defaultMinuteTaker: undefined, secretariat: undefined, referents: [] }],
  ['defaultChair', 'chairNotOffice', { ...input, members: [{ name: 'Kari Fast', chairRole: 'chair' }], defaultChair: undefined }],
  ['deputyFor', 'deputyForUnknown', { ...input, members: [{ name: 'Vera Vara', role: 'deputy', deputyFor: 'borte@example.no' }] }],
  ['notedConclusion', 'notedConclusionInvalid', conventions({ notedConclusion: 'x'.repeat(201) })],
  ['openingRows', 'openingRowInvalid', conventions({ openingRows: [{ title: 'x'.repeat(256) }] })],
];

const problemsOf = (candidate: CommitteeSettingsInput): Record<string, string> => {
  const check = checkCommitteeSettings(candidate, base);
  return check.ok ? {} : (check.problems as Record<string, string>);
};

describe('the committee settings’ problem texts', () => {
  it('words every problem the validator gives the panel’s own fields by the field’s text, in bokmål, nynorsk and English', () => {
    const given = panelFieldCases.map(([field, candidate]) => `${field}.${problemsOf(candidate)[field] ?? '(none)'}`);
    // A name another committee has (`useCommitteeSettings`, `folderNameTaken`) is the name's problem too.
    for (const key of [...given, 'name.nameTaken']) {
      for (const language of ['nb', 'nn', 'en'] as const) expect((settingsProblemMessages[language] as Record<string, string>)[key], `${language} ${key}`).toBeTruthy();
    }
    // Each case gives its field a problem (none is «(none)»), and every code these fields can have was given.
    expect(given.filter((key) => key.endsWith('(none)'))).toEqual([]);
    expect(new Set(given).size).toBe(panelFieldCases.length);
  });

  it('keeps exactly the `settings.problem.*` texts a code reaches, each given by the validator, in all three languages', () => {
    for (const [field, code, candidate] of namedInPanel) expect(problemsOf(candidate)[field], field).toBe(code);
    const wanted = namedInPanel.map(([, code]) => `settings.problem.${code}`).sort();
    for (const language of ['nb', 'nn', 'en'] as const) {
      expect(Object.keys(workspacePanelMessages[language]).filter((key) => key.startsWith('settings.problem.')).sort(), language).toEqual(wanted);
    }
  });
});
