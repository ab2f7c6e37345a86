// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CommitteeSchema, type Meeting } from '../../domain/model';
import { ConventionsSchema } from '../../domain/conventions';
import { createMinutesService } from '../../graph/minutesService';
import type { OutgoingMail } from '../../graph/mailGateway';
import type { Services } from '../shared/services';
import type { InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from '../meeting/testing/testMeeting';
import { exemptStub } from '../../domain/exemptRowAccess';
import { READY_MARK } from '../shared/readyMark';
import { renderSidePanelHost } from './testing/sidePanelHost';
import type { HostUser } from '../../hosts/hostContext';

const committee = v.parse(CommitteeSchema, {
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nn',
  caseNumberFormat: '{YYYY}.{NN}',
  members: [
    { name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' },
    { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no' },
    { name: 'Uten Adresse' },
  ],
  // Hilde is the secretariat (she may reopen an approved referat); Per is only a referent.
  secretariat: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }],
  referents: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }, { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example' }],
});

/** What the side panel asked SharePoint to lock and unlock, recorded instead of going to REST. */
const locks: string[] = [];

/** Mail the minutes service sent, recorded instead of going to Graph. */
const mails: OutgoingMail[] = [];

function renderSidePanel(user: string | HostUser, meeting: Meeting = testMeeting(), fromGraph?: Services['signedInUser'], of: typeof committee = committee): InMemoryMeetingRepository {
  return renderSidePanelHost({
    committee: of,
    meeting,
    user,
    services: (repository) => ({
      minutes: createMinutesService({
        repository,
        mail: () => ({
          send: async (mail) => {
            mails.push(mail);
          },
        }),
      }),
      sitePermissions: {
        check: async () => ({ checked: true, findings: [] }),
        repair: async () => ({ checked: true, findings: [] }),
        freeze: async (_committee, meetingId) => {
          locks.push(`freeze ${meetingId}`);
        },
        unfreeze: async (_committee, meetingId) => {
          locks.push(`unfreeze ${meetingId}`);
        },
      },
      ...(fromGraph ? { signedInUser: fromGraph } : {}),
    }),
  });
}

/** The test meeting with sak 2026.03 (item-3) unntatt offentlighet under § 13, public title «Personalsak»; `grants`: addresses granted the sak. */
function withExemptSak(grants?: string[]): Meeting {
  const base = testMeeting();
  const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' };
  return { ...base, items: base.items.map((item) => (item.id === 'item-3' ? { ...item, confidentiality: { exempt, ...(grants ? { grants } : {}) } } : item)) };
}

const storedItem = async (repository: InMemoryMeetingRepository, id: string) => (await repository.getMeeting('pm-2026-06-11'))?.value.items.find((i) => i.id === id);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  mails.length = 0;
  locks.length = 0;
});

// Inside Fluent dialogs the queries pass `hidden: true`: in jsdom, tabster's modalizer marks the
// dialog surface itself aria-hidden a tick after it opens (it cannot tell the portal is inside the
// modal without layout). The browser tests (e2e/meetingSurfaces) check the real dialogs with axe.

/** The referent starts the meeting and ends it, confirming in the dialog. */
async function startAndEnd(repository: InMemoryMeetingRepository): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Avslutt møtet' }));
  const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Avslutte møtet?' });
  fireEvent.click(within(dialog).getByRole('button', { hidden: true, name: 'Avslutt møtet' }));
  await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('held'));
}

/** …then makes the referat under "Etter møtet" and waits until it is stored and recorded. */
async function endAndMakeReferat(repository: InMemoryMeetingRepository): Promise<void> {
  await startAndEnd(repository);
  fireEvent.click(screen.getByRole('tab', { name: 'Etter møtet' }));
  // The after-meeting view loads when it opens.
  fireEvent.click(await screen.findByRole('button', { name: 'Lag referat' }, { timeout: 10_000 }));
  await screen.findByTestId('referat-stored', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.getByRole('button', { name: 'Send referat til medlemmene' }).hasAttribute('disabled')).toBe(false), { timeout: 10_000 });
}

describe('SidePanelApp', () => {
  it('lets the referent start the meeting and record "tatt til orientering" in the committee\'s nynorsk', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    await screen.findByRole('button', { name: 'Avslutt møtet' });
    fireEvent.click(screen.getByRole('button', { name: '2026.02 Referat fra Partnerskapsmøte 05.06.2025' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tatt til orientering' }));
    expect(((await screen.findByRole('textbox', { name: 'Punkt 1' }, { timeout: 20_000 })) as HTMLTextAreaElement).value).toBe('Teke til orientering.');
    fireEvent.click(screen.getByRole('button', { name: 'Marker som behandlet' }));
    await waitFor(async () => expect(await storedItem(repository, 'item-2')).toMatchObject({ conclusion: ['Teke til orientering.'], outcome: 'treated' }));
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('inProgress'));
  });

  it('offers a klagenemnd\'s outcome buttons, each writing its outcome as the vedtak\'s first point before the points already there', async () => {
    const outcomes = ['Klagen tas til følge.', 'Klagen tas ikke til følge.'];
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example', testMeeting(), undefined, { ...committee, conventions: v.parse(ConventionsSchema, { outcomes }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    await screen.findByRole('button', { name: 'Avslutt møtet' });
    fireEvent.click(screen.getByRole('button', { name: '2026.03 Handlingsplan 2026' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Som forslaget til konklusjon' }));
    await screen.findByRole('textbox', { name: 'Punkt 2' }, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Klagen tas til følge.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Klagen tas ikke til følge.' }));
    await waitFor(async () => expect((await storedItem(repository, 'item-3'))?.conclusion).toEqual(['Klagen tas ikke til følge.', ...testMeeting().items[2]!.proposedConclusion]));
    expect(((await screen.findByRole('textbox', { name: 'Punkt 1' })) as HTMLTextAreaElement).value).toBe('Klagen tas ikke til følge.');
  });

  it('fills the conclusion from the proposal with one click and makes the item current for the stage', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    await screen.findByRole('button', { name: 'Avslutt møtet' });
    fireEvent.click(screen.getByRole('button', { name: '2026.03 Handlingsplan 2026' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gjør til aktiv sak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Som forslaget til konklusjon' }));
    expect(((await screen.findByRole('textbox', { name: 'Punkt 2' }, { timeout: 20_000 })) as HTMLTextAreaElement).value).toBe('Gjenstående tilskuddsmidler prioriteres.');
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.currentItemId).toBe('item-3'));
    await waitFor(async () => expect((await storedItem(repository, 'item-3'))?.conclusion).toHaveLength(2));
  });

  it('heads the referent\'s conclusion field as the protokoll does for a sak that goes on to another body: «Innstilling til Kommunestyret»', async () => {
    const base = testMeeting();
    renderSidePanel('hilde.kari.maugesten@siv.example', { ...base, items: base.items.map((item) => (item.id === 'item-3' ? { ...item, caseRoute: [{ body: 'Kommunestyret' }] } : item)) });
    fireEvent.click(await screen.findByRole('button', { name: '2026.03 Handlingsplan 2026' }));
    expect(await screen.findByRole('group', { name: 'Innstilling til Kommunestyret' }, { timeout: 20_000 })).toBeTruthy();
  });

  it('heads the proposal of a sak that comes from another body by that body\'s innstilling: «Innstilling fra Eldrerådet»', async () => {
    const base = testMeeting();
    renderSidePanel('hilde.kari.maugesten@siv.example', { ...base, items: base.items.map((item) => (item.id === 'item-3' ? { ...item, caseRoute: [{ body: 'Eldrerådet' }, { body: committee.name }, { body: 'Kommunestyret' }] } : item)) });
    fireEvent.click(await screen.findByRole('button', { name: '2026.03 Handlingsplan 2026' }));
    expect(await screen.findByRole('heading', { name: 'Innstilling fra Eldrerådet' }, { timeout: 20_000 })).toBeTruthy();
  });

  it('marks the side panel ready only when the konklusjon of the active sak is on the page to be typed in', async () => {
    performance.clearMarks(READY_MARK);
    const editorAtMark: boolean[] = [];
    const mark = vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      if (name === READY_MARK) editorAtMark.push(within(screen.getByTestId('conclusion')).queryByRole('button', { name: 'Legg til punkt' }) !== null);
      return undefined as unknown as PerformanceMark;
    });
    try {
      // Her panel opens on the running meeting's active sak (RecorderView.focus.test.tsx), the one the cold-load bench waits for.
      renderSidePanel('hilde.kari.maugesten@siv.example', { ...testMeeting(), status: 'inProgress', currentItemId: 'item-3' });
      await waitFor(() => expect(editorAtMark).toEqual([true]));
    } finally {
      mark.mockRestore();
    }
  });

  it('shows other participants the agenda read-only, without recording controls', async () => {
    renderSidePanel('kristin.liset@horten.kommune.example.no');
    await screen.findByText('Du ser sakslisten. Bare referent og møteleder kan skrive i referatet.');
    expect(screen.queryByRole('button', { name: 'Start møtet' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '2026.01 Godkjenning av innkalling og dagsorden' }));
    await screen.findByText('Innkalling og dagsorden godkjennes.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it.each([
    ['the referent', 'hilde.kari.maugesten@siv.example', 'Start møtet'],
    ['another participant', 'kristin.liset@horten.kommune.example.no', '2026.01 Godkjenning av innkalling og dagsorden'],
  ])('opens for %s with the one read that found the meeting, nothing read twice', async (_who, upn, ready) => {
    const repository = renderSidePanel(upn);
    await screen.findByRole('button', { name: ready });
    expect(repository.calls.getMeetingWithCommittee).toBe(1);
    expect(repository.calls.getMeeting).toBe(0);
    expect(repository.calls.getMeetingIfChanged).toBe(0);
  });

  it('shows a participant without access an exempt sak by its public title and hjemmel, and a member the sak itself', async () => {
    const meeting = withExemptSak();
    renderSidePanel('gjest@annen.example.no', meeting);
    fireEvent.click(await screen.findByRole('button', { name: '2026.03 Personalsak' }));
    // The committee writes nynorsk.
    // Under the heading as the public innkalling prints it, and as the public protokoll's møtebehandling.
    expect(await screen.findAllByText('Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1')).toHaveLength(2);
    expect(screen.getByTestId('item-summary').textContent).toBe('Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(document.body.textContent).not.toContain('Handlingsplan 2026');
    expect(document.body.textContent).not.toContain('Gjenstående tilskuddsmidler');
    cleanup();
    renderSidePanel('ingrid.fjeld@larvik.kommune.example.no', meeting);
    expect(await screen.findByRole('button', { name: '2026.03 Handlingsplan 2026' })).toBeTruthy();
  });

  it('knows a B2B guest by the directory’s answer, not their #EXT# UPN: a grant to their home address opens the sak', async () => {
    const meeting = withExemptSak(['gunnar@annen.example.no']);
    const guestUpn = 'gunnar_annen.example.no#EXT#@siv.example';
    // The host knows only the #EXT# UPN (no login hint): without Graph the guest gets the public view.
    renderSidePanel(guestUpn, meeting);
    expect(await screen.findByRole('button', { name: '2026.03 Personalsak' })).toBeTruthy();
    cleanup();
    renderSidePanel(guestUpn, meeting, async () => ({ directoryId: 'b2c3-guest', addresses: ['gunnar@annen.example.no', guestUpn, 'gunnar@annen.example.no'] }));
    expect(await screen.findByRole('button', { name: '2026.03 Handlingsplan 2026' })).toBeTruthy();
  });

  it('never takes a display name for the referent: a namesake of a referent listed without an address only reads', async () => {
    // The referent is listed by name only; a guest may call themself the same (Teams shows their chosen name).
    const meeting: Meeting = { ...testMeeting(), minuteTaker: { name: 'Hilde Kari Maugesten' } };
    renderSidePanel({ upn: 'hilde_annen.example#EXT#@siv.example', displayName: 'Hilde Kari Maugesten' }, meeting);
    await screen.findByText('Du ser sakslisten. Bare referent og møteleder kan skrive i referatet.');
    expect(screen.queryByRole('button', { name: 'Start møtet' })).toBeNull();
  });

  it('decides who records on the directory’s word when Graph answers, and on the host’s when it cannot', async () => {
    // A page whose host claims the referent (a browser's ?upn=) but whose token is someone else's: read-only.
    renderSidePanel('hilde.kari.maugesten@siv.example', testMeeting(), async () => ({ directoryId: 'kristin-oid', addresses: ['kristin.liset@horten.kommune.example.no'] }));
    await screen.findByText('Du ser sakslisten. Bare referent og møteleder kan skrive i referatet.');
    expect(screen.queryByRole('button', { name: 'Start møtet' })).toBeNull();
    cleanup();
    // Graph cannot answer (offline, refused): the host's identity stands, and the referent records.
    renderSidePanel('hilde.kari.maugesten@siv.example', testMeeting(), async () => {
      throw new Error('Graph svarer ikke');
    });
    expect(await screen.findByRole('button', { name: 'Start møtet' })).toBeTruthy();
  });

  it('shows the referent everything: the exempt sak by its real title, with its proposal', async () => {
    const meeting = withExemptSak();
    renderSidePanel('hilde.kari.maugesten@siv.example', meeting);
    fireEvent.click(await screen.findByRole('button', { name: '2026.03 Handlingsplan 2026' }));
    expect(await screen.findByText(/Gjenstående tilskuddsmidler prioriteres/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '2026.03 Personalsak' })).toBeNull();
  });

  it('shows a sak whose row the reader may not read (restricted, from the meeting row\'s stub) by number, public title and hjemmel; the referent cannot record in it', async () => {
    const base = testMeeting();
    const stubbed = (item: Meeting['items'][number]) => ({ ...exemptStub({ ...item, confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' } } }), restricted: true as const });
    const meeting: Meeting = { ...base, items: base.items.map((item) => (item.id === 'item-3' ? stubbed(item) : item)) };
    renderSidePanel('gjest@annen.example.no', meeting);
    fireEvent.click(await screen.findByRole('button', { name: '2026.03 Personalsak' }));
    // Under the heading as the public innkalling prints it, and as the public protokoll's møtebehandling.
    expect(await screen.findAllByText('Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1')).toHaveLength(2);
    expect(screen.getByTestId('item-summary').textContent).toBe('Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    cleanup();
    renderSidePanel('hilde.kari.maugesten@siv.example', meeting);
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    fireEvent.click(await screen.findByRole('button', { name: /^2026\.03/ }));
    await screen.findByTestId('item-restricted');
    expect(screen.getByRole('button', { name: 'Tatt til orientering' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Marker som behandlet' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('textbox', { name: 'Punkt 1' })).toBeNull();
  });

  it('lets the referent show an exempt sak of a closed meeting on the stage only when everyone present has access', async () => {
    const base = testMeeting();
    const meeting: Meeting = {
      ...base,
      status: 'inProgress',
      attendance: [{ person: { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no' }, status: 'present' }],
      items: base.items.map((item) => (item.id === 'item-3' ? { ...item, confidentiality: { exempt: { basis: 'offl. § 13' }, closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' } } } : item)),
    };
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example', meeting);
    fireEvent.click(await screen.findByRole('button', { name: /^2026\.03/ }));
    // «Vis på skjerm» is a lazily loaded control: on a loaded machine its chunk may take over a second.
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Vis på skjerm' }, { timeout: 5_000 }));
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.stageRevealItemId).toBe('item-3'), { timeout: 5_000 });
    cleanup();
    const withGuest: Meeting = { ...meeting, attendance: [...meeting.attendance, { person: { name: 'Gunnar Gjest', email: 'gunnar@annen.example.no' }, status: 'present' }] };
    // Reopened in the same tab, her panel opens on the sak she had open (useOpenSak).
    renderSidePanel('hilde.kari.maugesten@siv.example', withGuest);
    const box = await screen.findByRole('checkbox', { name: 'Vis på skjerm' }, { timeout: 5_000 });
    expect(box.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Noen som er til stede har ikke tilgang til saken, så den kan ikke vises på skjermen.')).toBeTruthy();
  });

  it('asks before ending the meeting; Escape or Avbryt leaves it running', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    const end = await screen.findByRole('button', { name: 'Avslutt møtet' });
    fireEvent.click(end);
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Avslutte møtet?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    fireEvent.click(end);
    fireEvent.click(within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { hidden: true, name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('inProgress'));
    expect(screen.getByTestId('meeting-status').textContent).toBe('Møtet pågår');
  });

  it('names the recipients before sending the referat, sends it in the committee\'s nynorsk, and stops offering it once approved', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    await endAndMakeReferat(repository);

    fireEvent.click(screen.getByRole('button', { name: 'Send referat til medlemmene' }));
    const send = await screen.findByRole('alertdialog', { hidden: true, name: 'Sende referatet til 3 mottakere?' });
    const names = within(within(send).getByRole('list', { hidden: true, name: 'Mottakere av referatet' })).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent);
    expect(names).toEqual(['Kristin Liset', 'Ingrid Fjeld', 'Per Christian Voss']);
    within(send).getByText('Får ikke e-post (mangler adresse): Uten Adresse');
    fireEvent.click(within(send).getByRole('button', { hidden: true, name: 'Send referatet' }));
    await screen.findByText('Referatet er sendt til 3 mottakere for kommentarer.');
    expect(mails).toHaveLength(1);
    // The user's Teams is in bokmål; the committee writes nynorsk, so the mail does too.
    expect(mails[0]?.subject).toBe('Referat frå Partnerskapsmøtet 11.06.26 – til kommentar');
    expect(mails[0]?.to.map((r) => r.address)).toEqual(['kristin.liset@horten.kommune.example.no', 'ingrid.fjeld@larvik.kommune.example.no', 'per.christian.voss@siv.example']);
    expect(mails[0]?.attachments?.map((a) => a.name)).toEqual(['Referat Partnerskapsmøtet 11.06.26.docx']);

    fireEvent.click(screen.getByRole('button', { name: 'Marker referatet som godkjent' }));
    const approve = await screen.findByRole('alertdialog', { hidden: true, name: 'Har neste møte godkjent referatet?' });
    fireEvent.click(within(approve).getByRole('button', { hidden: true, name: 'Marker som godkjent' }));
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('minutesApproved'));
    await screen.findByTestId('referat-approved');
    expect(screen.queryByRole('button', { name: 'Send referat til medlemmene' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Marker referatet som godkjent' })).toBeNull();
  });

  it('sends nothing and approves nothing when the referent cancels the dialogs', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    await endAndMakeReferat(repository);
    fireEvent.click(screen.getByRole('button', { name: 'Send referat til medlemmene' }));
    fireEvent.keyDown(await screen.findByRole('alertdialog', { hidden: true }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Marker referatet som godkjent' }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { hidden: true, name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(mails).toEqual([]);
    expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('held');
  });

  it('freezes the saker once the referat is approved and says why; reopening asks for a reason, records who (as the committee names her, not a word in one language) and why, and the history shows it', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    await endAndMakeReferat(repository);
    // A correction after the meeting, before approval: the history will show it.
    fireEvent.click(screen.getByRole('tab', { name: 'Saksliste' }));
    fireEvent.click(await screen.findByRole('button', { name: '2026.02 Referat fra Partnerskapsmøte 05.06.2025' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tatt til orientering' }));
    await waitFor(async () => expect((await storedItem(repository, 'item-2'))?.conclusion).toEqual(['Teke til orientering.']));
    fireEvent.click(screen.getByRole('button', { name: 'Tilbake til sakslisten' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Etter møtet' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Marker referatet som godkjent' }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { hidden: true, name: 'Marker som godkjent' }));
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('minutesApproved'));
    // The status names the record, not « godkjent» with the word left out.
    await waitFor(() => expect(screen.getByTestId('meeting-status').textContent).toBe('Referat godkjent'));
    // Hilde is the secretariat: her approval also locks the rows in SharePoint, and says so.
    await within(await screen.findByTestId('referat-approved')).findByText(/Sakene er låst i SharePoint: bare sekretariatet kan endre dem\./);
    expect(locks).toEqual(['freeze pm-2026-06-11']);
    expect(screen.getByTestId('reopen-secretariat-only').textContent).toBe('Bare sekretariatet kan gjenåpne et godkjent referat, fordi det låser opp sakene i SharePoint.');

    fireEvent.click(screen.getByRole('tab', { name: 'Saksliste' }));
    fireEvent.click(await screen.findByRole('button', { name: '2026.02 Referat fra Partnerskapsmøte 05.06.2025' }));
    within(await screen.findByTestId('minutes-frozen')).getByText('Referatet er godkjent');
    expect(((await screen.findByRole('textbox', { name: 'Punkt 1' }, { timeout: 20_000 })) as HTMLTextAreaElement).readOnly).toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: 'Etter møtet' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gjenåpne referatet' }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Gjenåpne det godkjente referatet?' });
    const confirm = within(dialog).getByRole('button', { hidden: true, name: 'Gjenåpne' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { hidden: true, name: /Hvorfor gjenåpnes referatet/ }), { target: { value: 'Feil i konklusjonen i sak 2026.02' } });
    fireEvent.click(confirm);
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value).toMatchObject({ status: 'held', reopenings: [{ by: 'Hilde Kari Maugesten', reason: 'Feil i konklusjonen i sak 2026.02' }] }));
    await waitFor(() => expect(locks).toEqual(['freeze pm-2026-06-11', 'unfreeze pm-2026-06-11']));

    // Back to the sak that was open.
    fireEvent.click(screen.getByRole('tab', { name: 'Saksliste' }));
    await screen.findByTestId('item-recorder');
    expect(screen.queryByTestId('minutes-frozen')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Vis historikk' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const list = await screen.findByRole('list', { name: 'Endringer, nyeste først' }, { timeout: 10_000 });
    expect(screen.getByRole('button', { name: 'Skjul historikk' }).getAttribute('aria-expanded')).toBe('true');
    within(list).getByText(/Hilde Kari Maugesten gjenåpnet referatet/);
    within(list).getByText('Begrunnelse: Feil i konklusjonen i sak 2026.02');
    within(list).getByText(/referatet ble godkjent/);
    within(list).getByText('Konklusjon');
    within(list).getByText('1. Teke til orientering.');
  }, 120_000);

  it('lets a referent outside the secretariat approve, says the secretariat locks it in SharePoint, and does not let them reopen', async () => {
    const repository = renderSidePanel('per.christian.voss@siv.example');
    await endAndMakeReferat(repository);
    fireEvent.click(screen.getByRole('button', { name: 'Marker referatet som godkjent' }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { hidden: true, name: 'Marker som godkjent' }));
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('minutesApproved'));
    within(await screen.findByTestId('referat-lock-pending')).getByText(/Sakene låses også i SharePoint når sekretariatet åpner arbeidsområdet og velger «Rett tilgangene»\./);
    expect(locks).toEqual([]);
    const reopen = screen.getByRole('button', { name: 'Gjenåpne referatet' });
    expect(reopen.hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('reopen-secretariat-only').textContent).toBe('Du er ikke med i sekretariatet for dette møteorganet, så du kan ikke gjenåpne referatet. Be sekretariatet gjøre det.');
    expect(reopen.getAttribute('aria-describedby')).toBe('reopen-who');
  }, 120_000);
});
