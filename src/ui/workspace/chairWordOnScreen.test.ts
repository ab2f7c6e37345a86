import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { committeePreset } from '../../domain/committeePresets';
import { ConventionsSchema } from '../../domain/conventions';
import { registerMessages, setLanguage, translate } from '../shared/i18n';
import { chairWordOnScreen } from './chairWordOnScreen';
import { workspaceMessages } from './messages';
import { workspacePanelMessages } from './panelMessages';

// The list's facts card is the first view's (`meeting.…`), «Endre møtet»'s form a panel's (`facts.…`).
registerMessages('chairWord.workspace', workspaceMessages);
registerMessages('chairWord.workspacePanels', workspacePanelMessages);
afterAll(() => setLanguage('nb'));

const arsmote = { conventions: committeePreset('arsmote').conventions };
const elected = [{ person: { name: 'Ola Berg' }, capacity: 'chair' as const }];
const label = (committee: Parameters<typeof chairWordOnScreen>[0], meeting: Parameters<typeof chairWordOnScreen>[1]) =>
  [translate('chairWord.workspace', 'meeting.chair', { chairWord: chairWordOnScreen(committee, meeting) }), translate('chairWord.workspacePanels', 'facts.chair', { chairWord: chairWordOnScreen(committee, meeting) })];

describe('the workspace names the meeting\'s leader as the innkalling and the protokoll do (documents/meetingFacts.ts chairWord)', () => {
  it('says «Åpnes av» before an årsmøte elects its dirigent, «Dirigent» once it has, «Åpnet av» once held without, nb and nn', async () => {
    await setLanguage('nb');
    expect(label(arsmote, { status: 'noticeSent' })).toEqual(['Åpnes av', 'Åpnes av']);
    expect(label(arsmote, { status: 'inProgress', signatures: elected })).toEqual(['Dirigent', 'Dirigent']);
    expect(label(arsmote, { status: 'held' })).toEqual(['Åpnet av', 'Åpnet av']);
    await setLanguage('nn');
    expect(label(arsmote, { status: 'draft' })).toEqual(['Vert opna av', 'Vert opna av']);
    expect(label(arsmote, { status: 'minutesApproved', signatures: elected })).toEqual(['Dirigent', 'Dirigent']);
  });

  it('keeps «Møteleder» for any other committee, a generalforsamling electing its møteleder too', async () => {
    await setLanguage('nb');
    const generalforsamling = { conventions: v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }) };
    expect(label(generalforsamling, { status: 'inProgress', signatures: elected })).toEqual(['Møteleder', 'Møteleder']);
    expect(label({}, { status: 'draft' })).toEqual(['Møteleder', 'Møteleder']);
    await setLanguage('nn');
    expect(label({}, { status: 'held' })).toEqual(['Møteleiar', 'Møteleiar']);
  });
});

describe('the workspace names the referent as the documents do (documents/meetingFacts.ts minuteTakerFact)', () => {
  const referentLabels = (committee: Parameters<typeof chairWordOnScreen>[0], meeting: Parameters<typeof chairWordOnScreen>[1]) =>
    [translate('chairWord.workspace', 'meeting.minuteTaker', { chairWord: chairWordOnScreen(committee, meeting) }), translate('chairWord.workspacePanels', 'facts.minuteTaker', { chairWord: chairWordOnScreen(committee, meeting) })];

  it('says «Protokollførar» for a nynorsk årsmøte, before and after it elects its dirigent, and «Referent» in bokmål', async () => {
    await setLanguage('nn');
    expect(referentLabels(arsmote, { status: 'draft' })).toEqual(['Protokollførar', 'Protokollførar']);
    expect(referentLabels(arsmote, { status: 'inProgress', signatures: elected })).toEqual(['Protokollførar', 'Protokollførar']);
    expect(referentLabels(arsmote, { status: 'held' })).toEqual(['Protokollførar', 'Protokollførar']);
    await setLanguage('nb');
    expect(referentLabels(arsmote, { status: 'noticeSent' })).toEqual(['Referent', 'Referent']);
  });

  it('keeps «Referent» in nynorsk for any other committee', async () => {
    await setLanguage('nn');
    expect(referentLabels({}, { status: 'draft' })).toEqual(['Referent', 'Referent']);
    expect(referentLabels({ conventions: v.parse(ConventionsSchema, { minutesApproval: 'signedInMeeting' }) }, { status: 'held' })).toEqual(['Referent', 'Referent']);
  });
});
