// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncExternalStore } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { aCommittee, aMeeting, anAttachment, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema, type Committee, type Meeting } from '../../domain/model';
import { ConventionsSchema } from '../../domain/conventions';
import { MotebokProvider } from '../shared/MotebokProvider';
import type { AgendaEditor } from './agendaEditor';
import { browserHost, storedEditor } from './testing/storedEditor';
import { AttachmentExemption, ConfidentialityPanel } from './ConfidentialityPanel';

const observer = { name: 'Olga Observatør', email: 'olga@ksa.example.no', organisation: 'KS' };
const committee: Committee = aCommittee({ members: [{ name: 'Mona Medlem', email: 'mona@siv.example.no' }, observer], confidentiality: { roles: [{ email: observer.email, role: 'observer' }] } });

function Harness({ editor, committee }: { editor: AgendaEditor; committee: Committee }) {
  const state = useSyncExternalStore(editor.subscribe, () => editor.getState());
  const item = state.meeting.items[0];
  if (!item) return null;
  const attachment = item.attachments[0];
  return (
    <>
      <ConfidentialityPanel committee={committee} meeting={state.meeting} item={item} editor={editor} />
      {attachment ? <AttachmentExemption item={item} attachment={attachment} label="Vedlegg 1 - Sak 2026.12 Notat" editor={editor} /> : null}
    </>
  );
}

async function renderPanel(meeting: Meeting, locale = 'nb-NO', ofCommittee: Committee = committee) {
  const { editor } = await storedEditor(ofCommittee, meeting);
  const host = browserHost(locale);
  render(
    <MotebokProvider host={host}>
      <Harness editor={editor} committee={ofCommittee} />
    </MotebokProvider>,
  );
  return editor;
}

const item = () => anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.12'), title: 'Personalsak Hansen', attachments: [anAttachment('n', { number: 1, title: 'Notat' })] });
const itemOf = (editor: AgendaEditor) => editor.getState().meeting.items[0];

afterEach(() => cleanup());

describe('marking a sak unntatt offentlighet', () => {
  it('marks the sak with the first common hjemmel, a public title and a public text, all by labelled controls', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saken er unntatt offentlighet' }));
    expect(itemOf(editor)?.confidentiality?.exempt?.basis).toBe('offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    fireEvent.change(screen.getByRole('textbox', { name: /Offentlig tittel/ }), { target: { value: 'Personalsak' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Offentlig tekst/ }), { target: { value: 'Saken ble drøftet.' } });
    expect(itemOf(editor)?.confidentiality?.exempt).toEqual({ basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak', publicText: 'Saken ble drøftet.' });
    // An exempt sak's vedlegg are exempt with it: no separate box.
    expect(screen.queryByRole('checkbox', { name: /Unntatt offentlighet: Vedlegg 1/ })).toBeNull();
  });

  it('takes a hjemmel outside the list as free text, and keeps an empty one on screen with a message instead of saving it', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saken behandles i lukket møte' }));
    expect(itemOf(editor)?.confidentiality?.closedMeeting?.basis).toBe('koml. § 11-5 andre ledd bokstav a');
    fireEvent.change(screen.getByRole('combobox', { name: 'Hjemmel' }), { target: { value: '__other__' } });
    expect(screen.getByText('Hjemmelen mangler: velg en hjemmel eller skriv den inn.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Skriv hjemmelen/ }), { target: { value: 'koml. § 11-5 tredje ledd' } });
    expect(itemOf(editor)?.confidentiality?.closedMeeting?.basis).toBe('koml. § 11-5 tredje ledd');
  });

  it('marks one vedlegg with § 14 and grants an observer access to the sak', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Unntatt offentlighet: Vedlegg 1 - Sak 2026.12 Notat' }));
    expect(itemOf(editor)?.attachments[0]?.exemption).toEqual({ basis: 'offl. § 14 første ledd' });
    const grants = screen.getByRole('group', { name: 'Observatører og gjester med tilgang til denne saken' });
    fireEvent.click(within(grants).getByRole('checkbox', { name: 'Olga Observatør (KS)' }));
    expect(itemOf(editor)?.confidentiality?.grants).toEqual([observer.email]);
  });

  it('warns when the sak was sent with the innkalling before it was marked, naming who received it', async () => {
    const sentItem = item();
    const meeting = aMeeting({ status: 'noticeSent', items: [sentItem], notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: [sentItem], attachmentIds: ['n'] } });
    await renderPanel(meeting);
    expect(screen.queryByText('Innkallingen er allerede sendt')).toBeNull();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saken er unntatt offentlighet' }));
    expect(screen.getByText('Innkallingen er allerede sendt')).toBeTruthy();
    expect(document.body.textContent).toContain('Tidligere innkallinger inneholdt dette: Sak 2026.12 Personalsak Hansen. Disse mottok den: Mona Medlem, Olga Observatør.');
  });

  it('speaks nynorsk', async () => {
    await renderPanel(aMeeting({ items: [item()] }), 'nn-NO');
    expect(await screen.findByRole('checkbox', { name: 'Saka er unnateken offentlegheit' })).toBeTruthy();
  });
});

describe('the public text in the committee\'s words', () => {
  it.each([
    ['nb-NO', 'Saken er unntatt offentlighet', 'Står i den offentlige versjonen i stedet for saksteksten og vedtaket.', 'Står i den offentlige versjonen i stedet for saksteksten og konklusjonen.'],
    ['nn-NO', 'Saka er unnateken offentlegheit', 'Står i den offentlege versjonen i staden for teksten og vedtaket i saka.', 'Står i den offentlege versjonen i staden for teksten og konklusjonen i saka.'],
  ])('says in %s what the public text stands in for: the vedtak, or the default committee\'s konklusjon', async (locale, exempt, forVedtak, forKonklusjon) => {
    const vedtak: Committee = { ...committee, conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak' }) };
    await renderPanel(aMeeting({ items: [item()] }), locale, vedtak);
    fireEvent.click(await screen.findByRole('checkbox', { name: exempt }));
    await screen.findByText(forVedtak);
    cleanup();
    await renderPanel(aMeeting({ items: [item()] }), locale);
    fireEvent.click(await screen.findByRole('checkbox', { name: exempt }));
    await screen.findByText(forKonklusjon);
  });
});
