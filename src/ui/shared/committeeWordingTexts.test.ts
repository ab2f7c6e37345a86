// Catalogue texts that name the record or its decisions take the committee's words as arguments
// (`wordingValues`): a «Protokoll»/«Vedtak» committee reads them with pronouns and participles that
// agree, the default committee reads them as before. The screens' own tests render the side panel
// (AfterMeetingView.test.tsx) and the stage; these are the texts of the workspace and the history.
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { ConventionsSchema, wordingOf } from '../../domain/conventions';
import { workspacePanelMessages } from '../workspace/panelMessages';
import { registerMessages as registerCatalogue } from '../workspace/register/registerMessages';
import { commonMessages } from './messages';
import { fieldRuleMessages } from './fieldRuleMessages';
import { sidePanelMessages } from '../sidePanel/messages';
import { sidePanelRecorderMessages } from '../sidePanel/recorder/messages';
import { editingMessages } from './editing/messages';
import { registerMessages, setLanguage, translate } from './i18n';
import { wordingValues } from './wordingValues';

registerMessages('words.workspacePanels', workspacePanelMessages as never);
registerMessages('words.editing', editingMessages as never);
registerMessages('words.common', commonMessages as never);
registerMessages('words.register', registerCatalogue as never);
registerMessages('words.fieldRules', fieldRuleMessages as never);
registerMessages('words.sidePanel', sidePanelMessages as never);
registerMessages('words.sidePanelRecorder', sidePanelRecorderMessages as never);

const PROTOKOLL = v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'innstilling', background: 'saksutredning' });

/** [namespace, key, other arguments, nb and nn for a protokoll/vedtak committee, nb and nn for the default one] */
const cases: [string, string, Record<string, string>, [string, string], [string, string]][] = [
  ['workspacePanels', 'newMeeting.previous', { date: '05.06.2025' },
    ['Referatsaken gjelder møtet 05.06.2025. Protokollen er godkjent og legges ved.', 'Referatsaka gjeld møtet 05.06.2025. Protokollen er godkjend og blir lagt ved.'],
    ['Referatsaken gjelder møtet 05.06.2025. Referatet er godkjent og legges ved.', 'Referatsaka gjeld møtet 05.06.2025. Referatet er godkjent og blir lagt ved.']],
  ['workspacePanels', 'newMeeting.previousNoMinutes', { date: '05.06.2025' },
    ['Referatsaken gjelder møtet 05.06.2025, men protokollen er ikke laget ennå. Legg den ved når den er klar.', 'Referatsaka gjeld møtet 05.06.2025, men protokollen er ikkje laga enno. Legg han ved når han er klar.'],
    ['Referatsaken gjelder møtet 05.06.2025, men referatet er ikke laget ennå. Legg det ved når det er klart.', 'Referatsaka gjeld møtet 05.06.2025, men referatet er ikkje laga enno. Legg det ved når det er klart.']],
  ['workspacePanels', 'settings.referents', {},
    ['Referenter (kan skrive møtebehandling og vedtak)', 'Referentar (kan skrive møtehandsaming og vedtak)'],
    ['Referenter (kan skrive møtebehandling og konklusjon)', 'Referentar (kan skrive møtehandsaming og konklusjon)']],
  ['editing', 'history.approved', { at: '11.06.2026 15:00' },
    ['11.06.2026 15:00 – protokollen ble godkjent', '11.06.2026 15:00 – protokollen vart godkjend'],
    ['11.06.2026 15:00 – referatet ble godkjent', '11.06.2026 15:00 – referatet vart godkjent']],
  ['common', 'status.minutesApproved', {}, ['Protokoll godkjent', 'Protokoll godkjend'], ['Referat godkjent', 'Referat godkjent']],
  ['register', 'hit.minutes', {}, ['Åpne protokollen', 'Opne protokollen'], ['Åpne referatet', 'Opne referatet']],
  ['register', 'hit.noMinutes', {}, ['Protokollen er ikke lagret ennå', 'Protokollen er ikkje lagra enno'], ['Referatet er ikke lagret ennå', 'Referatet er ikkje lagra enno']],
  ['editing', 'frozen.title', {}, ['Protokollen er godkjent', 'Protokollen er godkjend'], ['Referatet er godkjent', 'Referatet er godkjent']],
  // The referent's button that copies the proposal into the konklusjon names the committee's proposal, not a word of its own («Som framlegg»).
  ['sidePanelRecorder', 'item.asProposed', {}, ['Som innstillingen', 'Som innstillinga'], ['Som forslaget til konklusjon', 'Som forslaget til konklusjon']],
  ['fieldRules', 'field.background', {}, ['Saksutredningen', 'Saksutgreiinga'], ['Bakgrunnen', 'Bakgrunnen']],
  ['fieldRules', 'field.notedConclusion', {}, ['Vedtaket «Tatt til orientering»', 'Vedtaket «Teke til orientering»'], ['Konklusjonen «Tatt til orientering»', 'Konklusjonen «Teke til orientering»']],
  ['workspacePanels', 'settings.problem.notedConclusionInvalid', {},
    ['Vedtaket «Tatt til orientering» kan ha høyst 200 tegn og ingen tabulator eller linjeskift.', 'Vedtaket «Teke til orientering» kan ha høgst 200 teikn og ingen tabulator eller linjeskift.'],
    ['Konklusjonen «Tatt til orientering» kan ha høyst 200 tegn og ingen tabulator eller linjeskift.', 'Konklusjonen «Teke til orientering» kan ha høgst 200 teikn og ingen tabulator eller linjeskift.']],
];

afterAll(() => setLanguage('nb'));

describe('texts in the committee\'s words', () => {
  it.each(['nb', 'nn'] as const)('name a protokoll with vedtak, and the default referat as before, in %s', async (language) => {
    await setLanguage(language);
    const index = language === 'nb' ? 0 : 1;
    const protokoll = wordingValues(wordingOf(PROTOKOLL, language));
    const referat = wordingValues(wordingOf(undefined, language));
    for (const [namespace, key, values, forProtokoll, forReferat] of cases) {
      expect(translate(`words.${namespace}`, key, { ...protokoll, ...values }), `${key} (protokoll)`).toBe(forProtokoll[index]);
      expect(translate(`words.${namespace}`, key, { ...referat, ...values }), `${key} (referat)`).toBe(forReferat[index]);
    }
  });
});
