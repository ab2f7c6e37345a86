// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncExternalStore } from 'react';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { committeePreset } from '../../domain/committeePresets';
import { DomainError } from '../../domain/errors';
import type { CaseNumber, Meeting } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { withWrittenSendStarted, withWrittenSent } from '../../domain/writtenTreatment';
import type { AgendaEditor } from './agendaEditor';
import { storedEditor } from './testing/storedEditor';
import { renderWithServices } from './testing/renderWithServices';
import { WrittenSendAction } from './WrittenSendAction';
import './testing/jsdomResizeObserver';

const committee = aCommittee({
  name: 'Styret i Vekst AS',
  conventions: committeePreset('aksjeselskap').conventions,
  members: [{ name: 'Anne Berg', email: 'anne@as.no' }, { name: 'Bjørn Dahl', email: 'bjorn@as.no' }, { name: 'Cecilie Holm' }],
});
const written = (): Meeting =>
  aMeeting({ date: '2026-06-11', start: '12:00', end: undefined, place: '', online: false, items: [anItem('s1', { title: 'Kjøp av tomt' })], written: { answers: [] } });

function Harness({ editor }: { editor: AgendaEditor }) {
  const state = useSyncExternalStore(editor.subscribe, () => editor.getState());
  return <WrittenSendAction committee={committee} meeting={state.meeting} editor={editor} />;
}

async function renderAction(meeting: Meeting, locale = 'nb-NO', refusal?: DomainError) {
  const { repository, editor } = await storedEditor(committee, meeting);
  const calls: Array<{ resend: boolean | undefined }> = [];
  const sendWrittenTreatment = async (_: unknown, stored: Versioned<Meeting>, options?: { resend?: boolean; onProgress?: (step: 'recording' | 'sending' | 'saved') => void }) => {
    calls.push({ resend: options?.resend });
    if (refusal !== undefined) throw refusal;
    options?.onProgress?.('sending');
    return repository.saveMeeting(withWrittenSent(stored.value, '2026-06-01T08:00:00.000Z'), stored.version);
  };
  renderWithServices(<Harness editor={editor} />, repository, { locale, services: { writtenTreatments: { sendWrittenTreatment } } });
  return { calls, editor, repository };
}

afterEach(() => cleanup());

describe('sending a written treatment\'s saker from the workspace', () => {
  it('asks first (how many get it, who has no address, the Svarfrist), sends once, and then says when it was sent', async () => {
    const { calls, editor } = await renderAction(written());
    fireEvent.click(await screen.findByRole('button', { name: 'Send sakene til medlemmene' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Sende sakene?' });
    expect(dialog.textContent).toContain('Sakene og svarfristen 11.06.2026 kl. 12.00 sendes på e-post til 2 medlemmer med stemmerett.');
    expect(dialog.textContent).toContain('Uten e-postadresse, får ikke e-posten: Cecilie Holm');
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Sakene ble sendt til medlemmene 01.06.2026 10.00.')).toBeTruthy();
    expect(calls).toEqual([{ resend: false }]);
    expect(editor.getState().meeting.written?.sentAt).toBe('2026-06-01T08:00:00.000Z');
    expect(screen.queryByRole('button', { name: 'Send sakene til medlemmene' })).toBeNull();
  });

  it('after a send that opened a carried sak\'s exempt files through the built-in Read, says so with the innkalling\'s bar in its own words: sent once, no update', async () => {
    const treatment = { body: 'Planutvalget', date: '2026-05-20', caseNumber: 'PS 14/26', proceedings: [], recommendation: [] };
    const vedlegg = { id: 'a', number: 1, title: 'Notat', fileName: 'Notat.pdf', webUrl: 'https://example.sharepoint.com/sites/m/Shared%20Documents/Notat.pdf', exemption: { basis: 'offl. § 14 første ledd' } };
    const carried = anItem('carried', { caseNumber: '2026.03' as CaseNumber, earlierTreatments: [treatment], attachments: [vedlegg] });
    const sent = withWrittenSent({ ...written(), items: [carried] }, '2026-06-01T08:00:00.000Z');
    sent.written = { answers: [], ...sent.written, carriedBuiltInRead: ['carried'] };
    await renderAction(sent);
    expect((await screen.findByTestId('notice-carried-read')).textContent).toBe(
      'Tilgangen medlemmene fikk til dokumenter i hentede saker, varer ikkeUtsendingen ga medlemmene som har tilgang til sak 2026.03, vanlig lesetilgang til «Notat.pdf», som er unntatt offentlighet og ligger hos Planutvalget. SharePoint-området mangler møteorganets eget tillatelsesnivå for saker hentet fra et annet utvalg, så den neste utsendingen fra Planutvalget tar denne tilgangen bort, også før svarfristen. Sakene sendes ikke på nytt. Be eieren av SharePoint-området om å velge «Rett tilgangene», så varer tilgangen fra møteorganets neste utsending.',
    );
    cleanup();
    // Sent through the committee's own level: nothing to say.
    await renderAction(withWrittenSent({ ...written(), items: [carried] }, '2026-06-01T08:00:00.000Z'));
    await screen.findByText('Sakene ble sendt til medlemmene 01.06.2026 10.00.');
    expect(screen.queryByTestId('notice-carried-read')).toBeNull();
  });

  it('after a send that may have gone, says so and sends again only when told to', async () => {
    const { calls } = await renderAction(withWrittenSendStarted(written(), '2026-06-01T07:00:00.000Z'));
    expect(await screen.findByText(/^En utsending ble startet 01\.06\.2026 09\.00, men Møtebok vet ikke om e-posten gikk/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send igjen' }));
    await screen.findByRole('alertdialog');
    fireEvent.click(screen.getAllByRole('button', { name: 'Send igjen' }).at(-1) as HTMLElement);
    await waitFor(() => expect(calls).toEqual([{ resend: true }]));
  });

  it('says, naming the sak and the vedlegg, why an exempt vedlegg never stored stops the send, in the bar a refused send shows, and keeps what was typed', async () => {
    const refusal = new DomainError('writtenSend', { key: 'written.exemptAttachmentUnstored', values: { item: 'Sak 2026.02', attachment: 'Legeerklæring' } });
    const { calls, editor, repository } = await renderAction(written(), 'nb-NO', refusal);
    editor.updateMeeting((meeting) => ({ ...meeting, items: meeting.items.map((item) => ({ ...item, title: 'Kjøp av tomt i Hamar' })) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send sakene til medlemmene' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByText(
        'Vedlegget «Legeerklæring» i Sak 2026.02 er unntatt offentlighet: e-posten lenker til saken i SharePoint, men vedlegget er ikke lastet opp der. Last opp vedlegget først.',
        { exact: false },
      ),
    ).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(screen.queryByText(/Sakene ble sendt/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Send sakene til medlemmene' })).toBeTruthy();
    // What was typed before the send is kept, on screen and stored (the send saves pending edits first).
    expect(editor.getState().meeting.items[0]?.title).toBe('Kjøp av tomt i Hamar');
    expect((await repository.getMeeting(editor.getState().meeting.id))?.value.items[0]?.title).toBe('Kjøp av tomt i Hamar');
  });

  it.each([
    ['nn-NO', 'Vedlegget «Legeerklæring» i Sak 2026.02 er unnateke offentlegheit: e-posten lenkjer til saka i SharePoint, men vedlegget er ikkje lasta opp der. Last opp vedlegget først.'],
    ['en-GB', 'The attachment “Legeerklæring” in Sak 2026.02 is exempt from public access: the e-mail links to the case in SharePoint, but the attachment has not been uploaded there. Upload the attachment first.'],
  ])('says why in %s too', async (locale, text) => {
    const refusal = new DomainError('writtenSend', { key: 'written.exemptAttachmentUnstored', values: { item: 'Sak 2026.02', attachment: 'Legeerklæring' } });
    await renderAction(written(), locale, refusal);
    fireEvent.click(await screen.findByRole('button', { name: locale === 'nn-NO' ? 'Send sakene til medlemene' : 'Send the items to the members' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByTestId('written-send-dialog-confirm'));
    expect(await screen.findByText(text, { exact: false })).toBeTruthy();
  });

  it('speaks nynorsk and English', async () => {
    await renderAction(written(), 'nn-NO');
    expect(await screen.findByRole('button', { name: 'Send sakene til medlemene' })).toBeTruthy();
    cleanup();
    await renderAction(written(), 'en-GB');
    expect(await screen.findByRole('button', { name: 'Send the items to the members' })).toBeTruthy();
  });
});
