// @vitest-environment jsdom
// «Etter møtet» names the record and its decisions in the committee's own words (conventions.ts):
// a committee that keeps a «Protokoll» with «Vedtak» reads «Lag protokollen på nytt» and «Saker uten
// vedtak», with pronouns and adjectives that agree (den/han, godkjend), in bokmål and nynorsk.
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { referatFolderPath } from '../../domain/attachments';
import { ConventionsSchema } from '../../domain/conventions';
import type { Meeting } from '../../domain/model';
import { aCommittee } from '../../domain/testing/builders';
import { createMinutesService } from '../../graph/minutesService';
import { setLanguage } from '../shared/i18n';
import { testMeeting } from '../meeting/testing/testMeeting';
import { renderSidePanelHost } from './testing/sidePanelHost';

const committeeWith = (conventions: Record<string, string>) =>
  aCommittee({
    id: 'partnerskapsmotet',
    conventions: v.parse(ConventionsSchema, conventions),
    members: [{ name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' }],
    secretariat: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }],
    referents: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }],
  });

const PROTOKOLL = committeeWith({ minutes: 'protokoll', conclusion: 'vedtak' });
const DEFAULT = committeeWith({});

/** The test meeting held, its record generated, nothing concluded in sak 2026.03. */
function heldMeeting(status: Meeting['status'] = 'held'): Meeting {
  const base = testMeeting();
  return {
    ...base,
    status,
    minutes: { fileName: 'PM 11.06.26.docx', webUrl: 'https://contoso.sharepoint.com/sites/m/PM.docx' },
    items: base.items.map((item) => (item.id === 'item-3' ? item : { ...item, conclusion: item.proposedConclusion })),
  };
}

function openAfterMeeting(committee: typeof DEFAULT, locale: string, meeting: Meeting): Promise<HTMLElement> {
  renderSidePanelHost({
    committee,
    meeting,
    user: 'hilde.kari.maugesten@siv.example',
    locale,
    services: (repository) => ({ minutes: createMinutesService({ repository, mail: () => ({ send: async () => undefined }) }) }),
  });
  return (async () => {
    fireEvent.click(await screen.findByRole('tab', { name: 'Etter møtet' }, { timeout: 10_000 }));
    return screen.findByTestId('after-meeting', {}, { timeout: 10_000 });
  })();
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
afterAll(() => setLanguage('nb'));

/** What «Etter møtet» shows of a held meeting, and the approve dialog's title and body. */
const held = {
  protokoll: {
    nb: {
      intro: 'Se over det som ble ført, lag protokollen og send den til medlemmene for kommentarer. Protokollen legges fram som referatsak i neste møte og markeres som godkjent når møtet har godkjent den.',
      buttons: ['Lag protokollen på nytt', 'Send protokoll til medlemmene', 'Marker protokollen som godkjent'],
      link: 'Åpne protokollen',
      texts: ['Protokollen er lagret i møtemappen: PM 11.06.26.docx', 'Saker uten vedtak: 2026.03'],
      approveTitle: 'Har neste møte godkjent protokollen?',
      approveConfirm: 'Marker som godkjent',
      approveBody: 'Protokollen godkjennes i neste møte, som referatsak. Marker den som godkjent først når møtet har gjort det: etterpå kan verken protokollen eller møtet endres, og protokollen sendes ikke lenger ut til kommentar.',
    },
    nn: {
      intro: 'Sjå over det som vart ført, lag protokollen og send han til medlemene for kommentarar. Protokollen blir lagd fram som referatsak i neste møte og blir merkt som godkjend når møtet har godkjent han.',
      buttons: ['Lag protokollen på nytt', 'Send protokoll til medlemene', 'Merk protokollen som godkjend'],
      link: 'Opne protokollen',
      texts: ['Protokollen er lagra i møtemappa: PM 11.06.26.docx', 'Saker utan vedtak: 2026.03'],
      approveTitle: 'Har neste møte godkjent protokollen?',
      approveConfirm: 'Merk som godkjend',
      approveBody: 'Protokollen blir godkjend i neste møte, som referatsak. Merk han som godkjend først når møtet har gjort det: etterpå kan verken protokollen eller møtet endrast, og protokollen blir ikkje lenger sendt ut til kommentar.',
    },
  },
  // The default committee's texts, as they read before the words were the committee's.
  referat: {
    nb: {
      intro: 'Se over det som ble ført, lag referatet og send det til medlemmene for kommentarer. Referatet legges fram som referatsak i neste møte og markeres som godkjent når møtet har godkjent det.',
      buttons: ['Lag referatet på nytt', 'Send referat til medlemmene', 'Marker referatet som godkjent'],
      link: 'Åpne referatet',
      texts: ['Referatet er lagret i møtemappen: PM 11.06.26.docx', 'Saker uten konklusjon: 2026.03'],
      approveTitle: 'Har neste møte godkjent referatet?',
      approveConfirm: 'Marker som godkjent',
      approveBody: 'Referatet godkjennes i neste møte, som referatsak. Marker det som godkjent først når møtet har gjort det: etterpå kan verken referatet eller møtet endres, og referatet sendes ikke lenger ut til kommentar.',
    },
    nn: {
      intro: 'Sjå over det som vart ført, lag referatet og send det til medlemene for kommentarar. Referatet blir lagd fram som referatsak i neste møte og blir merkt som godkjent når møtet har godkjent det.',
      buttons: ['Lag referatet på nytt', 'Send referat til medlemene', 'Merk referatet som godkjent'],
      link: 'Opne referatet',
      texts: ['Referatet er lagra i møtemappa: PM 11.06.26.docx', 'Saker utan konklusjon: 2026.03'],
      approveTitle: 'Har neste møte godkjent referatet?',
      approveConfirm: 'Merk som godkjent',
      approveBody: 'Referatet blir godkjent i neste møte, som referatsak. Merk det som godkjent først når møtet har gjort det: etterpå kan verken referatet eller møtet endrast, og referatet blir ikkje lenger sendt ut til kommentar.',
    },
  },
} as const;

/** What it shows once the record is approved, who may reopen it, and the reopen dialog's title. */
const approved = {
  protokoll: {
    nb: { text: 'Protokollen er godkjent. Den følger med som referatsak i neste møte.', reopen: 'Gjenåpne protokollen', reopenTitle: 'Gjenåpne den godkjente protokollen?', reason: 'Hvorfor gjenåpnes protokollen?', secretariatOnly: 'Bare sekretariatet kan gjenåpne en godkjent protokoll, fordi det låser opp sakene i SharePoint.' },
    nn: { text: 'Protokollen er godkjend. Han følgjer med som referatsak i neste møte.', reopen: 'Opne protokollen att', reopenTitle: 'Opne den godkjende protokollen att?', reason: 'Kvifor vert protokollen opna att?', secretariatOnly: 'Berre sekretariatet kan opne ein godkjend protokoll att, fordi det låser opp sakene i SharePoint.' },
  },
  referat: {
    nb: { text: 'Referatet er godkjent. Det følger med som referatsak i neste møte.', reopen: 'Gjenåpne referatet', reopenTitle: 'Gjenåpne det godkjente referatet?', reason: 'Hvorfor gjenåpnes referatet?', secretariatOnly: 'Bare sekretariatet kan gjenåpne et godkjent referat, fordi det låser opp sakene i SharePoint.' },
    nn: { text: 'Referatet er godkjent. Det følgjer med som referatsak i neste møte.', reopen: 'Opne referatet att', reopenTitle: 'Opne det godkjende referatet att?', reason: 'Kvifor vert referatet opna att?', secretariatOnly: 'Berre sekretariatet kan opne eit godkjent referat att, fordi det låser opp sakene i SharePoint.' },
  },
} as const;

const cases = [
  ['protokoll', 'nb', PROTOKOLL],
  ['protokoll', 'nn', PROTOKOLL],
  ['referat', 'nb', DEFAULT],
  ['referat', 'nn', DEFAULT],
] as const;
const LOCALE = { nb: 'nb-NO', nn: 'nn-NO' } as const;

describe('AfterMeetingView in the committee\'s words', () => {
  it.each(cases)('names the %s in %s while the record awaits approval', async (word, language, committee) => {
    const expected = held[word][language];
    const view = await openAfterMeeting(committee, LOCALE[language], heldMeeting());
    await within(view).findByText(expected.intro);
    for (const name of expected.buttons) within(view).getByRole('button', { name });
    within(view).getByRole('link', { name: expected.link });
    for (const text of expected.texts) within(view).getByText(text, { exact: false });

    fireEvent.click(within(view).getByRole('button', { name: expected.buttons[2] }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: expected.approveTitle });
    within(dialog).getByText(expected.approveBody);
    // The button agrees with the record's gender too: «protokollen» is godkjend in nynorsk, «referatet» godkjent.
    within(dialog).getByRole('button', { hidden: true, name: expected.approveConfirm });
  });

  it.each(cases)('names the approved %s in %s, and asks in its words before reopening it', async (word, language, committee) => {
    const expected = approved[word][language];
    const view = await openAfterMeeting(committee, LOCALE[language], heldMeeting('minutesApproved'));
    expect((await within(view).findByTestId('referat-approved')).textContent).toContain(expected.text);
    expect(within(view).getByTestId('reopen-secretariat-only').textContent).toBe(expected.secretariatOnly);

    fireEvent.click(within(view).getByRole('button', { name: expected.reopen }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: expected.reopenTitle });
    within(dialog).getByRole('textbox', { hidden: true, name: new RegExp(expected.reason.replace(/\?/, '\\?')) });
  });
});

describe('approving a held meeting\'s record as the committee approves it', () => {
  // A committee that approves its record as the last sak of the same meeting waits for no next meeting.
  const SAME_MEETING = committeeWith({ minutes: 'protokoll', conclusion: 'vedtak', minutesApproval: 'sameMeeting' });

  it('marks it approved at one click, never asking about or naming a next meeting, when the committee approves it otherwise', async () => {
    const view = await openAfterMeeting(SAME_MEETING, 'nb-NO', heldMeeting());
    await within(view).findByText('Se over det som ble ført, lag protokollen og send den til medlemmene for kommentarer.');
    expect(view.textContent).not.toMatch(/neste møte/);
    fireEvent.click(await within(view).findByRole('button', { name: 'Marker protokollen som godkjent' }));
    const done = await within(view).findByTestId('referat-approved', {}, { timeout: 10_000 });
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
    expect(done.textContent).toMatch(/^Protokollen er godkjent\./);
    expect(done.textContent).not.toMatch(/neste møte/);
  });

  it('asks whether the next meeting has approved it, as a written treatment\'s panel asks, and leaves it held when cancelled', async () => {
    // «Protokollen godkjennes og signeres» in the next meeting (`signed`, the helseforetak's styre), in nynorsk.
    const view = await openAfterMeeting(committeeWith({ minutes: 'protokoll', minutesApproval: 'signed' }), 'nn-NO', heldMeeting());
    fireEvent.click(await within(view).findByRole('button', { name: 'Merk protokollen som godkjend' }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Har neste møte godkjent protokollen?' });
    within(dialog).getByText(/etterpå kan verken protokollen eller møtet endrast/);
    fireEvent.click(within(dialog).getByRole('button', { hidden: true, name: 'Avbryt' }));
    expect(within(view).queryByTestId('referat-approved')).toBeNull();
    expect(within(view).getByTestId('approve-referat').textContent).toBe('Merk protokollen som godkjend');
  });
});

describe('the side panel outside «Etter møtet» in the committee\'s words', () => {
  it.each([
    ['nb-NO', 'Saksliste', 'Protokollen er godkjent', 'Møtet og sakene kan ikke endres. Skal noe rettes, må protokollen gjenåpnes – det registreres hvem som gjorde det, når og hvorfor.'],
    ['nn-NO', 'Sakliste', 'Protokollen er godkjend', 'Møtet og sakene kan ikkje endrast. Skal noko rettast, må protokollen opnast att – det vert registrert kven som gjorde det, når og kvifor.'],
  ])('says in %s why a sak of an approved protokoll cannot be changed', async (locale, agenda, title, body) => {
    await openAfterMeeting(PROTOKOLL, locale, heldMeeting('minutesApproved'));
    fireEvent.click(screen.getByRole('tab', { name: agenda }));
    fireEvent.click(await screen.findByRole('button', { name: '2026.02 Referat fra Partnerskapsmøte 05.06.2025' }));
    const bar = await screen.findByTestId('minutes-frozen', {}, { timeout: 10_000 });
    within(bar).getByText(title);
    expect(bar.textContent).toContain(body);
  });

  it.each([
    ['nb-NO', 'sakskart', 'Sakskart'],
    ['nn-NO', 'dagsorden', 'Dagsorden'],
  ])('names the list\'s tab and the list itself in %s by the committee\'s word for it (conventions.agendaHeading «%s»)', async (locale, agendaHeading, word) => {
    await openAfterMeeting(committeeWith({ agendaHeading }), locale, heldMeeting());
    expect(screen.queryByRole('tab', { name: 'Saksliste' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: word }));
    expect(await screen.findByRole('navigation', { name: word })).toBeTruthy();
  });

  it.each([
    ['nb-NO', 'Protokoll godkjent'],
    ['nn-NO', 'Protokoll godkjend'],
  ])('names the approved protokoll in the referent\'s status badge in %s', async (locale, status) => {
    await openAfterMeeting(PROTOKOLL, locale, heldMeeting('minutesApproved'));
    const badge = screen.getByTestId('meeting-status');
    expect(badge.textContent).toBe(status);
    expect(badge.getAttribute('aria-label')).toMatch(new RegExp(`: ${status}$`));
  });

  it('names the approved protokoll in a participant\'s status badge', async () => {
    renderSidePanelHost({ committee: PROTOKOLL, meeting: heldMeeting('minutesApproved'), user: 'kristin.liset@horten.kommune.example.no', locale: 'nn-NO' });
    await screen.findByTestId('read-only', {}, { timeout: 10_000 });
    screen.getByText('Protokoll godkjend');
  });

  it('tells a participant who only reads that the referent writes the protokoll', async () => {
    renderSidePanelHost({ committee: PROTOKOLL, user: 'kristin.liset@horten.kommune.example.no' });
    await screen.findByText('Du ser sakslisten. Bare referent og møteleder kan skrive i protokollen.', {}, { timeout: 10_000 });
  });

  it('asks the referent to start the meeting to keep the protokoll', async () => {
    renderSidePanelHost({ committee: PROTOKOLL, user: 'hilde.kari.maugesten@siv.example', locale: 'nn-NO' });
    await screen.findByText('Møtet er ikkje starta. Start møtet for å føre protokoll og velje aktiv sak.', {}, { timeout: 10_000 });
  });
});

describe('the referat of a meeting with exempt content', () => {
  it.each([
    ['nb-NO', 'Protokollen er lagret i den lukkede mappen «Unntatt offentlighet/Protokoll» i møtemappen, som bare de med tilgang til alle sakene unntatt offentlighet kan åpne: PM 11.06.26.docx'],
    ['nn-NO', 'Protokollen er lagra i den lukka mappa «Unntatt offentlighet/Protokoll» i møtemappa, som berre dei med tilgang til alle sakene unnatekne offentlegheit kan opne: PM 11.06.26.docx'],
  ])('is said to lie in its closed folder, not in the meeting folder (%s)', async (locale, text) => {
    const base = heldMeeting();
    const exempt: Meeting = { ...base, items: base.items.map((item, index) => (index === 0 ? { ...item, confidentiality: { exempt: { basis: 'offl. § 13' } } } : item)) };
    const webUrl = `https://contoso.sharepoint.com/sites/m/Shared%20Documents/${encodeURI(referatFolderPath(PROTOKOLL, exempt))}/PM%2011.06.26.docx`;
    const view = await openAfterMeeting(PROTOKOLL, locale, { ...exempt, minutes: { fileName: 'PM 11.06.26.docx', webUrl } });
    expect(within(view).getByTestId('referat-stored').textContent).toContain(text);
  });
});

describe('a referent signed in from another organisation (a B2B guest)', () => {
  // Teams names the guest by their #EXT# UPN in this tenant and their own address as the login hint.
  const guest = { upn: 'hilde.kari.maugesten_siv.example#EXT#@kommune.onmicrosoft.example', loginHint: 'hilde.kari.maugesten@siv.example' };
  const open = async (locale: string) => {
    renderSidePanelHost({ committee: PROTOKOLL, meeting: heldMeeting(), user: guest, locale, services: (repository) => ({ minutes: createMinutesService({ repository, mail: () => ({ send: async () => void sent.push('sendt') }) }) }) });
    fireEvent.click(await screen.findByRole('tab', { name: locale === 'en-GB' ? 'After the meeting' : 'Etter møtet' }, { timeout: 10_000 }));
    return screen.findByTestId('after-meeting', {}, { timeout: 10_000 });
  };
  const sent: string[] = [];

  it.each([
    ['nb-NO', 'Du kan ikke sende protokollen herfra', 'Be noen i sekretariatet for Partnerskapsmøtet som har konto i organisasjonen, sende protokollen', 'Du kan fortsatt lage protokollen og åpne den.'],
    ['nn-NO', 'Du kan ikkje sende protokollen herifrå', 'Be nokon i sekretariatet for Partnerskapsmøtet som har konto i organisasjonen, sende protokollen', 'Du kan framleis lage protokollen og opne han.'],
    ['en-GB', 'You cannot send the record from here', 'Ask someone in the secretariat of Partnerskapsmøtet who has an account in the organisation to send the record', 'You can still make the record and open it.'],
  ])('is told before sending, in %s and the committee’s words, that a guest cannot send the protokoll and who can; the send is off', async (locale, title, who, still) => {
    const view = await open(locale);
    const notice = await within(view).findByTestId('referat-guest', {}, { timeout: 10_000 });
    within(notice).getByText(title);
    expect(notice.textContent).toContain(who);
    expect(notice.textContent).toContain(still);
    const send = within(view).getByTestId('send-referat');
    expect(send.getAttribute('aria-disabled') === 'true' || send.hasAttribute('disabled')).toBe(true);
    expect(send.getAttribute('aria-describedby')).toBe('referat-guest');
    fireEvent.click(send);
    expect(screen.queryByTestId('confirm-send-referat')).toBeNull();
    expect(sent).toEqual([]);
    // Making the protokoll is still theirs.
    expect(within(view).getByTestId('generate-referat').hasAttribute('disabled')).toBe(false);
  });

  it('is not shown to a referent with an account in the organisation', async () => {
    const view = await openAfterMeeting(PROTOKOLL, 'nb-NO', heldMeeting());
    expect(within(view).queryByTestId('referat-guest')).toBeNull();
    expect(within(view).getByTestId('send-referat').hasAttribute('disabled')).toBe(false);
  });
});
