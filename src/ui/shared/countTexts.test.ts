// Texts with a count read right at 1 as well as at 2 (ICU plurals), in every language: «sendt til 1
// mottaker», not «1 mottakere».
import { afterAll, describe, expect, it } from 'vitest';
import { outlookMessages } from '../outlook/messages';
import { afterMeetingMessages } from '../sidePanel/afterMeetingMessages';
import { workspaceMessages } from '../workspace/messages';
import { workspacePanelMessages } from '../workspace/panelMessages';
import { registerMessages as registerCatalogue } from '../workspace/register/registerMessages';
import { registerMessages, setLanguage, translate } from './i18n';
import { editingMessages } from './editing/messages';
import { wordingOf } from '../../domain/conventions';
import { wordingValues } from './wordingValues';
import { packWords } from '../../domain/packWord';

const catalogues = {
  editing: editingMessages,
  outlook: outlookMessages,
  afterMeeting: afterMeetingMessages,
  workspace: workspaceMessages,
  workspacePanels: workspacePanelMessages,
  register: registerCatalogue,
};
for (const [namespace, catalogue] of Object.entries(catalogues)) registerMessages(`counts.${namespace}`, catalogue as never);

/** [namespace, key, argument, nb/nn/en at 1, nb/nn/en at 2] */
const cases: [keyof typeof catalogues, string, string, [string, string, string], [string, string, string]][] = [
  ['afterMeeting', 'after.sent', 'count',
    ['Referatet er sendt til 1 mottaker for kommentarer.', 'Referatet er sendt til 1 mottakar for kommentarar.', 'The minutes were sent to 1 recipient for comments.'],
    ['Referatet er sendt til 2 mottakere for kommentarer.', 'Referatet er sendt til 2 mottakarar for kommentarar.', 'The minutes were sent to 2 recipients for comments.']],
  ['afterMeeting', 'after.sendConfirmTitle', 'count',
    ['Sende referatet til 1 mottaker?', 'Sende referatet til 1 mottakar?', 'Send the minutes to 1 recipient?'],
    ['Sende referatet til 2 mottakere?', 'Sende referatet til 2 mottakarar?', 'Send the minutes to 2 recipients?']],
  ['outlook', 'compose.done', 'count',
    ['Sakslisten med 1 sak er satt inn.', 'Saklista med 1 sak er sett inn.', 'The agenda with 1 item has been inserted.'],
    ['Sakslisten med 2 saker er satt inn.', 'Saklista med 2 saker er sett inn.', 'The agenda with 2 items has been inserted.']],
  ['editing', 'countdown.left', 'n', ['1 tegn igjen', '1 teikn att', '1 character left'], ['2 tegn igjen', '2 teikn att', '2 characters left']],
  ['editing', 'countdown.over', 'n', ['1 tegn for mye', '1 teikn for mykje', '1 character too many'], ['2 tegn for mye', '2 teikn for mykje', '2 characters too many']],
  ['register', 'count', 'count', ['1 treff vist', '1 treff viste', '1 result shown'], ['2 treff vist', '2 treff viste', '2 results shown']],
  ['register', 'count.more', 'count', ['1 treff vist,', '1 treff viste,', '1 result shown,'], ['2 treff vist,', '2 treff viste,', '2 results shown,']],
  ['register', 'export.done', 'count',
    ['Eksporten er lastet ned: 1 konklusjon.', 'Eksporten er lasta ned: 1 konklusjon.', 'The export is downloaded: 1 conclusion.'],
    ['Eksporten er lastet ned: 2 konklusjoner.', 'Eksporten er lasta ned: 2 konklusjonar.', 'The export is downloaded: 2 conclusions.']],
  ['register', 'followUp.unknown', 'count',
    ['Status for 1 oppfølgingspunkt kunne', 'Status for 1 oppfølgingspunkt kunne', 'The status of 1 follow-up point could'],
    ['Status for 2 oppfølgingspunkter kunne', 'Status for 2 oppfølgingspunkt kunne', 'The status of 2 follow-up points could']],
  ['workspacePanels', 'pack.done', 'pages',
    ['Møteboken er lagret (1 side).', 'Møteboka er lagra (1 side).', '«Møteboken» is stored (1 page).'],
    ['Møteboken er lagret (2 sider).', 'Møteboka er lagra (2 sider).', '«Møteboken» is stored (2 pages).']],
  ['workspacePanels', 'pack.leftOut', 'count',
    ['Ett dokument er ikke med. Det står med lenke', 'Eitt dokument er ikkje med. Det står med lenkje', 'One document is not included. It is listed'],
    ['Dokumenter som ikke er med: 2. De står med lenke', 'Dokument som ikkje er med: 2. Dei står med lenkje', 'Documents not included: 2. They are listed']],
];

afterAll(() => setLanguage('nb'));

describe('texts with a count', () => {
  it.each(['nb', 'nn', 'en'] as const)('read right at 1 and at 2 in %s', async (language) => {
    await setLanguage(language);
    const index = ['nb', 'nn', 'en'].indexOf(language);
    // The side panel's texts name the record in the committee's words: here the default, «referatet».
    // The pack's texts name it in the committee's word (packWord.ts): here the default, «møteboken», a bokmål committee's under English screens.
    const words = { ...wordingValues(wordingOf(undefined, language)), ...packWords(undefined, language === 'nn' ? 'nn' : 'nb') };
    for (const [namespace, key, argument, one, two] of cases) {
      expect(translate(`counts.${namespace}`, key, { ...words, [argument]: 1 }), `${namespace} ${key} at 1`).toContain(one[index]);
      expect(translate(`counts.${namespace}`, key, { ...words, [argument]: 2 }), `${namespace} ${key} at 2`).toContain(two[index]);
    }
  });
});
