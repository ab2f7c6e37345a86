// @vitest-environment jsdom
// A member following the meeting in the side panel reads, per sak, what the protokoll will say was decided: the
// møtebehandling, the proposals made in the meeting, each vote's line, the vedtak and the protokolltilførsler — in the
// protokoll's order and words (domain/voting.ts), from a chunk fetched only for a sak that has votes recorded.
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { CommitteeSchema, type AgendaItem, type Meeting, type Voting } from '../../domain/model';
import { committeePreset } from '../../domain/committeePresets';
import { testMeeting } from '../meeting/testing/testMeeting';
import { renderSidePanelHost } from './testing/sidePanelHost';
import { votingRecordChunk } from '../shared/votingRecordChunk';
import { presentListChunk } from './presentListChunk';
import { exemptReadChunk } from './exemptReadChunk';
import { dirigentReadChunk } from './dirigentReadChunk';

const kommunestyret = (languageForm: 'nb' | 'nn') =>
  v.parse(CommitteeSchema, {
    id: 'partnerskapsmotet',
    name: 'Kommunestyret',
    shortName: 'KS',
    languageForm,
    caseNumberFormat: '{YYYY}.{NN}',
    conventions: { conclusion: 'vedtak', proposal: 'innstilling', voting: true },
    members: [{ name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' }],
    referents: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }],
  });
const MEMBER = 'kristin.liset@horten.kommune.example.no';

const voting: Voting = {
  proposals: [{ id: 'p1', by: 'Ola Nordmann (Ap)', kind: 'change', text: 'Punkt 2 strykes.' }],
  votes: [
    { id: 'v1', on: 'Endringsforslaget fra Ola Nordmann (Ap)', adopted: false, for: 10, against: 25 },
    { id: 'v2', on: 'Innstillingen', adopted: true, for: 25, against: 10 },
  ],
  statements: [{ id: 's1', by: 'Kari Nordmann (H)', text: 'H mener saken var for dårlig utredet.' }],
};

/** The test meeting with sak 2026.03 treated: møtebehandling, vedtak and (`extra`) its votes or an exemption. */
function treated(extra: Partial<AgendaItem>): Meeting {
  const base = testMeeting();
  const treatedItem = (item: AgendaItem): AgendaItem => ({
    ...item,
    proceedings: [{ type: 'paragraph', content: [{ text: 'Saken ble debattert.' }] }],
    conclusion: ['Handlingsplanen vedtas.'],
    outcome: 'treated',
    ...extra,
  });
  return { ...base, status: 'inProgress', items: base.items.map((item) => (item.id === 'item-3' ? treatedItem(item) : item)) };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The member opens sak 2026.03 and waits for the votes' record. */
async function openSak(title = '2026.03 Handlingsplan 2026') {
  // The button's name goes on with the sak's outcome («Behandlet»).
  fireEvent.click(await screen.findByRole('button', { name: (name) => name.startsWith(title) }));
  await screen.findByRole('heading', { level: 2 });
}

const article = () => screen.getByRole('article');
const linesInOrder = () => [...article().querySelectorAll('h3, p, li')].map((el) => el.textContent ?? '').filter((text) => text !== '');

describe('a reader entitled to an exempt sak is told it is exempt', () => {
  // A member from another organisation reads the sak in full (the committee's rules let members see it): nothing on the
  // panel said it was unntatt offentlighet, so he could not tell it from the rest when he shares his screen or passes it on.
  const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' };
  const notat = { id: 'notat', fileName: 'Internt notat.pdf', title: 'Internt notat', number: 2, exemption: { basis: 'offl. § 14 første ledd' } };
  const meeting = () => treated({ confidentiality: { exempt }, attachments: [notat] });

  it('names the sak and each exempt vedlegg with its hjemmel, and that he sees them by the committee’s rules', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: meeting(), user: MEMBER });
    await openSak();
    const note = await screen.findByTestId('exempt-read-note');
    expect(note.textContent).toContain('Saken er unntatt offentlighet (offl. § 13 jf. fvl. § 13 første ledd nr. 1).');
    expect(note.textContent).toContain('Vedlegget «Internt notat» er unntatt offentlighet (offl. § 14 første ledd).');
    expect(note.textContent).toContain('Du ser det fordi møteorganets regler gir deg tilgang.');
  });

  it('says it in the reader’s nynorsk or English', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: meeting(), user: MEMBER, locale: 'nn-NO' });
    await openSak();
    expect((await screen.findByTestId('exempt-read-note')).textContent).toContain('Saka er unnateken offentlegheit (offl. § 13 jf. fvl. § 13 første ledd nr. 1).');
    cleanup();
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: meeting(), user: MEMBER, locale: 'en-US' });
    await openSak();
    expect((await screen.findByTestId('exempt-read-note')).textContent).toContain('This item is exempt from public access (offl. § 13 jf. fvl. § 13 første ledd nr. 1).');
  });

  it('a reader who may not see it gets the public title and hjemmel as before, no note; an open sak never fetches the note’s chunk', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: meeting(), user: 'gjest@annen.example.no' });
    await openSak('2026.03 Personalsak');
    expect(document.body.textContent).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(screen.queryByTestId('exempt-read-note')).toBeNull();
    cleanup();
    const preload = vi.spyOn(exemptReadChunk, 'preload');
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({}), user: MEMBER });
    await openSak();
    expect(screen.queryByTestId('exempt-read-note')).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });
});

describe('a member reads what was decided in a sak that has votes', () => {
  it('sees the proposals, each vote\'s line and the protokolltilførsler in the protokoll\'s order and words', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({ voting }), user: MEMBER });
    await openSak();
    await screen.findByTestId('member-voting-statements');
    const lines = linesInOrder();
    const from = lines.indexOf('Møtebehandling');
    expect(lines.slice(from)).toEqual([
      'Møtebehandling',
      'Forslag fremmet i møtet:',
      'Endringsforslag fra Ola Nordmann (Ap):',
      'Punkt 2 strykes.',
      'Votering:',
      'Endringsforslaget fra Ola Nordmann (Ap): Falt med 10 mot 25 stemmer.',
      'Innstillingen: Vedtatt med 25 mot 10 stemmer.',
      'Vedtak',
      'Handlingsplanen vedtas.',
      'Protokolltilførsel fra Kari Nordmann (H):',
      'H mener saken var for dårlig utredet.',
    ]);
    expect(screen.getAllByTestId('member-vote-line').map((line) => line.textContent)).toEqual([
      'Endringsforslaget fra Ola Nordmann (Ap): Falt med 10 mot 25 stemmer.',
      'Innstillingen: Vedtatt med 25 mot 10 stemmer.',
    ]);
    // Read only: nothing to type in, no recorder's buttons.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Legg til votering' })).toBeNull();
  });

  it('reads them in the committee\'s nynorsk, as its protokoll does, whatever the reader\'s language', async () => {
    renderSidePanelHost({ committee: kommunestyret('nn'), meeting: treated({ voting: { ...voting, votes: [{ id: 'v', on: 'Innstillinga', adopted: true, unanimous: true }] } }), user: MEMBER });
    await openSak();
    expect((await screen.findByTestId('member-vote-line')).textContent).toBe('Innstillinga: Samrøystes vedteke.');
    expect(screen.getByRole('heading', { name: 'Framlegg sette fram i møtet:' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Røysting:' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Protokolltilførsel frå Kari Nordmann (H):' })).toBeTruthy();
  });

  it('an exempt sak the reader may not see shows its public title and hjemmel and none of its votes; a member it is granted to sees them', async () => {
    const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' };
    const meeting = treated({ voting, confidentiality: { exempt, grants: [MEMBER] } });
    const preload = vi.spyOn(votingRecordChunk, 'preload');
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting, user: 'gjest@annen.example.no' });
    await openSak('2026.03 Personalsak');
    expect(document.body.textContent).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(document.body.textContent).not.toContain('Ola Nordmann');
    expect(document.body.textContent).not.toContain('Votering');
    expect(document.body.textContent).not.toContain('Kari Nordmann');
    expect(preload).not.toHaveBeenCalled();
    cleanup();
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting, user: MEMBER });
    await openSak();
    expect((await screen.findAllByTestId('member-vote-line')).map((line) => line.textContent)).toContain('Innstillingen: Vedtatt med 25 mot 10 stemmer.');
  });

  it('a sak without votes shows the møtebehandling and the vedtak, and the votes\' chunk is never fetched', async () => {
    const preload = vi.spyOn(votingRecordChunk, 'preload');
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({}), user: MEMBER });
    await openSak();
    await screen.findByText('Handlingsplanen vedtas.');
    await waitFor(() => expect(screen.getByText('Saken ble debattert.')).toBeTruthy());
    expect(screen.queryByTestId('member-voting-motions')).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });
});

describe('a member reads the list named by the committee\'s word for it (conventions.agendaHeading)', () => {
  it('says «Du ser sakskartet» and «Tilbake til sakskartet» for a committee heading its list «Sakskart», nynorsk «saklista» by default', async () => {
    const sakskart = v.parse(CommitteeSchema, { ...kommunestyret('nb'), conventions: { ...kommunestyret('nb').conventions, agendaHeading: 'sakskart' } });
    renderSidePanelHost({ committee: sakskart, meeting: treated({}), user: MEMBER });
    await screen.findByText('Du ser sakskartet. Bare referent og møteleder kan skrive i referatet.');
    await openSak();
    expect(screen.getByRole('button', { name: 'Tilbake til sakskartet' })).toBeTruthy();
    cleanup();
    renderSidePanelHost({ committee: kommunestyret('nn'), meeting: treated({}), user: MEMBER, locale: 'nn-NO' });
    await screen.findByText('Du ser saklista. Berre referent og møteleiar kan skrive i referatet.');
  });
});

describe('a member of an årsmøte is told who writes in the committee\'s words (conventions.dirigent)', () => {
  const arsmote = (languageForm: 'nb' | 'nn') => v.parse(CommitteeSchema, { ...kommunestyret(languageForm), conventions: committeePreset('arsmote').conventions });

  it('names no dirigent before the meeting has elected one: «den som åpner møtet» until then, nynorsk and English too', async () => {
    renderSidePanelHost({ committee: arsmote('nb'), meeting: treated({}), user: MEMBER });
    await screen.findByText(/^Du ser \S+\. Bare referent og den som åpner møtet, kan skrive i protokollen til dirigenten er valgt\.$/);
    cleanup();
    renderSidePanelHost({ committee: arsmote('nn'), meeting: treated({}), user: MEMBER, locale: 'nn-NO' });
    await screen.findByText(/^Du ser \S+\. Berre protokollførar og den som opnar møtet, kan skrive i protokollen til dirigenten er vald\.$/);
    cleanup();
    renderSidePanelHost({ committee: arsmote('nb'), meeting: treated({}), user: MEMBER, locale: 'en-GB' });
    await screen.findByText(/^You are viewing the agenda\. Only the minute taker and whoever opens the meeting can write the record until the chair \(dirigent\) is chosen\.$/);
  });

  it('says «referent og dirigent», nynorsk «protokollførar og dirigent», once the dirigent is elected', async () => {
    const elected: Meeting = { ...treated({}), signatures: [{ person: { name: 'Ola Berg' }, capacity: 'chair' }] };
    renderSidePanelHost({ committee: arsmote('nb'), meeting: elected, user: MEMBER });
    await screen.findByText(/^Du ser \S+\. Bare referent og dirigent kan skrive i protokollen\.$/);
    cleanup();
    renderSidePanelHost({ committee: arsmote('nn'), meeting: elected, user: MEMBER, locale: 'nn-NO' });
    await screen.findByText(/^Du ser \S+\. Berre protokollførar og dirigent kan skrive i protokollen\.$/);
  });

  it('a committee without a dirigent never fetches the words for one', async () => {
    const preload = vi.spyOn(dirigentReadChunk, 'preload');
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({}), user: MEMBER });
    await screen.findByText('Du ser sakslisten. Bare referent og møteleder kan skrive i referatet.');
    expect(preload).not.toHaveBeenCalled();
  });
});

describe('a member sees who is at the meeting and how each takes part, in the protokoll\'s words', () => {
  const attending = (): Meeting => ({
    ...treated({}),
    attendance: [
      { person: { name: 'Kristin Liset', email: MEMBER }, status: 'present', remote: 'video' },
      { person: { name: 'Ola Berg' }, status: 'absent' },
      { person: { name: 'Per Vara' }, status: 'substitute', substituteFor: 'Ola Berg', remote: 'phone' },
      { person: { name: 'Anne Rom' }, status: 'present' },
    ],
  });

  it('lists those present with «deltok digitalt» / «deltok per telefon» after the name, as the protokoll prints them; no one with forfall', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: attending(), user: MEMBER });
    const list = await screen.findByTestId('present-list');
    expect(list.querySelector('h2')?.textContent).toBe('Til stede');
    expect([...list.querySelectorAll('li')].map((line) => line.textContent)).toEqual([
      'Kristin Liset (deltok digitalt)',
      'Per Vara for Ola Berg (deltok per telefon)',
      'Anne Rom',
    ]);
  });

  it('words them in the committee\'s nynorsk, as its protokoll does', async () => {
    renderSidePanelHost({ committee: kommunestyret('nn'), meeting: attending(), user: MEMBER });
    const list = await screen.findByTestId('present-list');
    expect([...list.querySelectorAll('li')].map((line) => line.textContent)).toContain('Per Vara for Ola Berg (deltok på telefon)');
  });

  it('fetches nothing and shows no list before anyone is recorded present', async () => {
    const preload = vi.spyOn(presentListChunk, 'preload');
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({}), user: MEMBER });
    await screen.findByTestId('read-only');
    expect(screen.queryByTestId('present-list')).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });
});

describe('after the meeting a member reads where the referat or protokoll stands, in the committee’s words', () => {
  const WEB_URL = 'https://contoso.sharepoint.com/sites/moter/Delte%20dokumenter/KS/Referat.docx';
  const held = (extra: Partial<Meeting> = {}): Meeting => ({ ...treated({}), status: 'held', ...extra });
  const stored = { minutes: { fileName: 'Referat.docx', webUrl: WEB_URL } };
  const committeeWith = (conventions: Record<string, unknown>, languageForm: 'nb' | 'nn' = 'nb') => {
    const base = kommunestyret(languageForm);
    return v.parse(CommitteeSchema, { ...base, conventions: { ...base.conventions, ...conventions } });
  };
  const statusOf = async () => (await screen.findByTestId('minutes-status')).textContent;

  it('says it is not made yet, under the committee’s word for it', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: held(), user: MEMBER });
    const section = await screen.findByTestId('minutes-status');
    expect(section.querySelector('h2')?.textContent).toBe('Referat');
    expect(section.textContent).toContain('Referatet er ikke laget ennå.');
    cleanup();
    renderSidePanelHost({ committee: committeeWith({ minutes: 'protokoll' }), meeting: held(), user: MEMBER });
    expect(await statusOf()).toContain('Protokollen er ikke laget ennå.');
  });

  it('says a made record goes to the next meeting as a referatsak, and links a member to the stored file', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: held(stored), user: MEMBER });
    expect(await statusOf()).toContain('Referatet legges fram som referatsak i neste møte');
    expect(screen.getByRole('link', { name: 'Åpne referatet' }).getAttribute('href')).toBe(WEB_URL);
  });

  it('says a made record awaits approval when the committee approves it otherwise than in the next meeting', async () => {
    renderSidePanelHost({ committee: committeeWith({ minutes: 'protokoll', minutesApproval: 'circulated' }), meeting: held(stored), user: MEMBER });
    expect(await statusOf()).toContain('Protokollen er laget og venter på godkjenning.');
    expect(screen.queryByText(/referatsak/)).toBeNull();
  });

  it('says when it was approved, in nynorsk for a nynorsk reader', async () => {
    const approved = held({ ...stored, status: 'minutesApproved', minutesApprovedAt: '2026-06-12T10:00:00.000Z' });
    renderSidePanelHost({ committee: committeeWith({ minutes: 'protokoll' }), meeting: approved, user: MEMBER });
    expect(await statusOf()).toContain('Protokollen ble godkjent 12.06.2026.');
    cleanup();
    renderSidePanelHost({ committee: committeeWith({ minutes: 'protokoll' }), meeting: approved, user: MEMBER, locale: 'nn-NO' });
    expect(await statusOf()).toContain('Protokollen vart godkjend 12.06.2026.');
    expect(screen.getByRole('link', { name: 'Opne protokollen' })).toBeTruthy();
  });

  it('gives no link to one outside the committee, nor to a vara for a meeting with an exempt sak he may not see', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: held(stored), user: 'gjest@annen.example.no' });
    expect(await statusOf()).toContain('Referatet legges fram');
    expect(screen.queryByRole('link', { name: 'Åpne referatet' })).toBeNull();
    cleanup();
    // A vara (the committee does not let vara see exempt content) does not read the closed folder's referat.
    const vara = 'vidar.vara@horten.kommune.example.no';
    const withVara = v.parse(CommitteeSchema, {
      ...kommunestyret('nb'),
      members: [...kommunestyret('nb').members, { name: 'Vidar Vara', email: vara }],
      confidentiality: { roles: [{ email: vara, role: 'substitute' }] },
    });
    const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' };
    const meeting = { ...treated({ confidentiality: { exempt, grants: [] } }), status: 'held' as const, ...stored };
    renderSidePanelHost({ committee: withVara, meeting, user: vara });
    expect(await statusOf()).toContain('Referatet legges fram');
    expect(screen.queryByRole('link', { name: 'Åpne referatet' })).toBeNull();
    cleanup();
    renderSidePanelHost({ committee: withVara, meeting, user: MEMBER });
    expect(await screen.findByRole('link', { name: 'Åpne referatet' })).toBeTruthy();
  });

  it('fetches nothing and says nothing of it before the meeting is held', async () => {
    const { minutesStatusChunk } = await import('./minutesStatusChunk');
    const preload = vi.spyOn(minutesStatusChunk, 'preload');
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({}), user: MEMBER });
    await screen.findByTestId('read-only');
    expect(screen.queryByTestId('minutes-status')).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });
});

describe('a member reads the sak’s summary the innkalling prints for it', () => {
  // The innkalling prints each sak's summary under its title (documents/html/agendaHtml.ts); the member following in the
  // panel saw the title and the proposal, not what the sak is about.
  const summary: AgendaItem['summary'] = [
    { type: 'paragraph', content: [{ text: 'Planen bygger på <b>rådets</b> innspill & ' }, { text: 'tre mål', bold: true }, { text: ':' }] },
    { type: 'bulletList', items: [[{ text: 'Bolig' }], [{ text: 'Helse' }]] },
  ];
  const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' };

  it('shows it under the sak’s heading, before the innstilling, its words as written (nothing read as markup)', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({ summary }), user: MEMBER });
    await openSak();
    const shown = screen.getByTestId('item-summary');
    expect(shown.textContent).toBe('Planen bygger på <b>rådets</b> innspill & tre mål:\n• Bolig\n• Helse');
    expect(shown.querySelector('b')).toBeNull();
    const lines = linesInOrder();
    expect(lines.indexOf(shown.textContent ?? '')).toBeLessThan(lines.indexOf('Innstilling'));
  });

  it('of an exempt sak, shows the summary to a member it is granted to and only the hjemmel to one it is not', async () => {
    const meeting = treated({ summary, confidentiality: { exempt, grants: [MEMBER] } });
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting, user: 'gjest@annen.example.no' });
    await openSak('2026.03 Personalsak');
    expect(screen.getByTestId('item-summary').textContent).toBe('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(document.body.textContent).not.toContain('rådets');
    cleanup();
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting, user: MEMBER });
    await openSak();
    expect(screen.getByTestId('item-summary').textContent).toContain('Planen bygger på <b>rådets</b> innspill');
  });

  it('shows nothing for a sak without a summary', async () => {
    renderSidePanelHost({ committee: kommunestyret('nb'), meeting: treated({ summary: [] }), user: MEMBER });
    await openSak();
    expect(screen.queryByTestId('item-summary')).toBeNull();
  });
});
