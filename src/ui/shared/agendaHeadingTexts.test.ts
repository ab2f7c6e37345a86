// The screens' texts that name the list of saker take the committee's `conventions.agendaHeading` as a select in their
// catalogues (the words live there, so no page starts with a table of them); the documents take theirs from
// `domain/agendaHeading.ts`. This holds the two to one word: every select reads, in bokmål and nynorsk, the word or its
// definite form that agendaHeading.ts gives for that value, and never another value's — a nynorsk screen says «Sakliste»
// as its documents do.
import { afterAll, describe, expect, it } from 'vitest';
import { agendaHeadingOf } from '../../domain/agendaHeading';
import { AgendaHeadingSchema } from '../../domain/conventions';
import { carryCaseMessages } from '../workspace/carryCaseMessages';
import { workspaceMessages } from '../workspace/messages';
import { workspacePanelMessages } from '../workspace/panelMessages';
import { outlookMessages } from '../outlook/messages';
import { sidePanelMessages } from '../sidePanel/messages';
import { sidePanelRecorderMessages } from '../sidePanel/recorder/messages';
import { stageMessages } from '../stage/messages';
import { registerMessages, setLanguage, translate, type Catalogue } from './i18n';

const CATALOGUES: Record<string, Catalogue<string>> = {
  workspace: workspaceMessages,
  workspacePanels: workspacePanelMessages,
  carryCase: carryCaseMessages,
  outlook: outlookMessages,
  sidePanel: sidePanelMessages,
  sidePanelRecorder: sidePanelRecorderMessages,
  stage: stageMessages,
};
for (const [name, catalogue] of Object.entries(CATALOGUES)) registerMessages(`agenda.${name}`, catalogue);

/** Each catalogue's keys whose bokmål takes the list's word as `{agendaHeading, select, …}`. */
const selects = Object.entries(CATALOGUES).flatMap(([name, catalogue]) =>
  Object.entries(catalogue.nb)
    .filter(([, text]) => text.includes('{agendaHeading, select,'))
    .map(([key]) => [name, key] as const),
);
const VALUES = ['', ...AgendaHeadingSchema.options] as const;
/** Every form any value gives, lower case: what a text in another committee's word would show. */
const formsOf = (value: string, form: 'nb' | 'nn'): string[] => {
  const noun = agendaHeadingOf(value === '' ? undefined : { agendaHeading: value as (typeof AgendaHeadingSchema.options)[number] }, form);
  return [noun.word.toLowerCase(), noun.definite];
};
const ARGS = { count: 2, title: '«Sak»', who: 'Kari', missing: 'vedlegget', files: '', number: 1 };

afterAll(() => setLanguage('nb'));

describe('the list of saker named alike on the screens and in the documents', () => {
  it('finds the screens\' texts that take the committee\'s word, the Outlook pane\'s and the workspace\'s messages among them', () => {
    expect(selects).toContainEqual(['outlook', 'compose.insert']);
    expect(selects).toContainEqual(['workspacePanels', 'item.row']);
    expect(selects).toContainEqual(['carryCase', 'added']);
    expect(selects).toContainEqual(['stage', 'agenda']);
  });

  it.each(['nb', 'nn'] as const)('reads each in %s in the word agendaHeading.ts gives for the committee\'s value, never in another\'s', async (language) => {
    await setLanguage(language);
    const wrong: string[] = [];
    for (const [name, key] of selects) {
      for (const value of VALUES) {
        const text = translate(`agenda.${name}`, key, { ...ARGS, agendaHeading: value }).toLowerCase();
        const own = formsOf(value, language);
        const others = VALUES.filter((other) => (other || 'saksliste') !== (value || 'saksliste')).flatMap((other) => formsOf(other, language));
        if (!own.some((word) => new RegExp(`\\b${word}\\b`).test(text))) wrong.push(`${name} ${key} (${value || 'default'}): lacks «${own.join('»/«')}»: ${text}`);
        const stray = others.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
        if (stray.length > 0) wrong.push(`${name} ${key} (${value || 'default'}): says «${stray.join('», «')}»: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('makes the adjective and the pronoun agree with the word: «Sakskartet er tomt», «Dagsordenen er tom», nynorsk «etter at han vart sett inn»', async () => {
    await setLanguage('nb');
    expect(VALUES.map((agendaHeading) => translate('agenda.workspace', 'agenda.empty', { agendaHeading }))).toEqual(['Sakslisten er tom.', 'Sakslisten er tom.', 'Sakskartet er tomt.', 'Dagsordenen er tom.']);
    expect(translate('agenda.outlook', 'compose.state.otherMeeting', { agendaHeading: 'sakskart' })).toBe('Innkallingen har sakskartet til et annet møte. Setter du inn denne, erstattes det.');
    await setLanguage('nn');
    expect(VALUES.map((agendaHeading) => translate('agenda.workspace', 'agenda.empty', { agendaHeading }))).toEqual(['Saklista er tom.', 'Saklista er tom.', 'Sakskartet er tomt.', 'Dagsordenen er tom.']);
    expect(VALUES.map((agendaHeading) => translate('agenda.outlook', 'compose.state.outOfDate', { agendaHeading }))).toEqual([
      'Saklista er endra i Møtebok etter at ho vart sett inn. Trykk «Oppdater sakliste».',
      'Saklista er endra i Møtebok etter at ho vart sett inn. Trykk «Oppdater sakliste».',
      'Sakskartet er endra i Møtebok etter at det vart sett inn. Trykk «Oppdater sakskart».',
      'Dagsordenen er endra i Møtebok etter at han vart sett inn. Trykk «Oppdater dagsorden».',
    ]);
    await setLanguage('en');
    expect(translate('agenda.outlook', 'compose.insert', { agendaHeading: 'dagsorden' })).toBe('Insert agenda');
  });
});
