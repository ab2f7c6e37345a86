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
  it('marks the sak at once with no hjemmel chosen, says on the field which is missing, and saves the one chosen; a public title and text by labelled controls', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saken er unntatt offentlighet' }));
    // The mark is saved (and protects) at once; the hjemmel is the secretariat's to choose.
    expect(itemOf(editor)?.confidentiality?.exempt).toEqual({});
    const picker = screen.getByRole('combobox', { name: 'Hjemmel' });
    expect((picker as HTMLSelectElement).value).toBe('');
    const missing = 'Velg eller skriv hjemmelen for at sak 2026.12 er unntatt offentlighet.';
    expect(document.getElementById(picker.getAttribute('aria-describedby') ?? '')?.textContent).toBe(missing);
    fireEvent.change(picker, { target: { value: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } });
    expect(screen.queryByText(missing)).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: /Offentlig tittel/ }), { target: { value: 'Personalsak' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Offentlig tekst/ }), { target: { value: 'Saken ble drøftet.' } });
    expect(itemOf(editor)?.confidentiality?.exempt).toEqual({ basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak', publicText: 'Saken ble drøftet.' });
    // An exempt sak's vedlegg are exempt with it: no separate box.
    expect(screen.queryByRole('checkbox', { name: /Unntatt offentlighet: Vedlegg 1/ })).toBeNull();
  });

  it('takes a hjemmel outside the list as free text, and keeps an empty one on screen with a message instead of saving it', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saken er unntatt offentlighet' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Hjemmel' }), { target: { value: '__other__' } });
    expect(screen.getByText('Velg eller skriv hjemmelen for at sak 2026.12 er unntatt offentlighet.')).toBeTruthy();
    expect(itemOf(editor)?.confidentiality?.exempt).toEqual({});
    fireEvent.change(screen.getByRole('textbox', { name: /Skriv hjemmelen/ }), { target: { value: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1 og § 24' } });
    expect(itemOf(editor)?.confidentiality?.exempt?.basis).toBe('offl. § 13 jf. fvl. § 13 første ledd nr. 1 og § 24');
  });

  it('marks the saksframlegg with no hjemmel chosen (§ 14 is not chosen for a kommune), naming it on the field', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saksframlegget er unntatt offentlighet' }));
    expect(itemOf(editor)?.confidentiality?.caseMemo).toEqual({});
    expect(screen.getByText('Velg eller skriv hjemmelen for at saksframlegget i sak 2026.12 er unntatt offentlighet.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Hjemmel' }), { target: { value: 'offl. § 14 første ledd' } });
    expect(itemOf(editor)?.confidentiality?.caseMemo).toEqual({ basis: 'offl. § 14 første ledd' });
  });

  it('marks one vedlegg with no hjemmel chosen, naming it, and grants an observer access to the sak', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Unntatt offentlighet: Vedlegg 1 - Sak 2026.12 Notat' }));
    expect(itemOf(editor)?.attachments[0]?.exemption).toEqual({});
    expect(screen.getByText('Velg eller skriv hjemmelen for at Vedlegg 1 - Sak 2026.12 Notat er unntatt offentlighet.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Hjemmel' }), { target: { value: 'offl. § 14 første ledd' } });
    expect(itemOf(editor)?.attachments[0]?.exemption).toEqual({ basis: 'offl. § 14 første ledd' });
    const grants = screen.getByRole('group', { name: 'Observatører og gjester med tilgang til denne saken' });
    fireEvent.click(within(grants).getByRole('checkbox', { name: 'Olga Observatør (KS)' }));
    expect(itemOf(editor)?.confidentiality?.grants).toEqual([observer.email]);
  });

  it('keeps a hjemmel stored when the software still chose one (the old default), shown as chosen', async () => {
    const stored = { ...item(), confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' } } };
    const editor = await renderPanel(aMeeting({ items: [stored] }));
    expect(((await screen.findByRole('combobox', { name: 'Hjemmel' })) as HTMLSelectElement).value).toBe('offl. § 14 første ledd');
    expect(screen.queryByText(/Velg eller skriv hjemmelen/)).toBeNull();
    expect(itemOf(editor)?.confidentiality?.caseMemo).toEqual({ basis: 'offl. § 14 første ledd' });
  });

  it.each([
    ['nn-NO', 'Saka er unnateken offentlegheit', 'Vel eller skriv heimelen for at sak 2026.12 er unnateken offentlegheit.'],
    ['en-GB', 'This item is exempt from public access', 'Choose or type the legal basis for exempting item 2026.12 from public access.'],
  ])('says the missing hjemmel in %s', async (locale, exempt, missing) => {
    await renderPanel(aMeeting({ items: [item()] }), locale);
    fireEvent.click(await screen.findByRole('checkbox', { name: exempt }));
    expect(screen.getByText(missing)).toBeTruthy();
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

describe('lukket møte by the committee\'s own hjemler', () => {
  const withBases = (confidentiality: Committee['confidentiality']): Committee => ({ ...committee, confidentiality: { ...committee.confidentiality, ...confidentiality } });
  const kommunestyre = withBases({ closedMeetingBases: ['koml. § 11-5 andre ledd bokstav a', 'koml. § 11-5 tredje ledd bokstav a'] });
  const closedBox = () => screen.findByRole('checkbox', { name: 'Saken behandles i lukket møte' });

  it('offers the committee\'s hjemler with none chosen, says the hjemmel is missing, and saves nothing until one is chosen', async () => {
    const editor = await renderPanel(aMeeting({ items: [item()] }), 'nb-NO', kommunestyre);
    fireEvent.click(await closedBox());
    expect(((await closedBox()) as HTMLInputElement).checked).toBe(true);
    const picker = screen.getByRole('combobox', { name: 'Hjemmel' });
    expect([...picker.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Velg hjemmel …', 'koml. § 11-5 andre ledd bokstav a', 'koml. § 11-5 tredje ledd bokstav a', 'Annen hjemmel …']);
    expect(screen.getByText('Hjemmelen for lukket møte mangler: velg en hjemmel eller skriv den inn.')).toBeTruthy();
    expect(itemOf(editor)?.confidentiality).toBeUndefined();
    fireEvent.change(picker, { target: { value: 'koml. § 11-5 tredje ledd bokstav a' } });
    expect(itemOf(editor)?.confidentiality?.closedMeeting).toEqual({ basis: 'koml. § 11-5 tredje ledd bokstav a' });
    expect(screen.queryByText('Hjemmelen for lukket møte mangler: velg en hjemmel eller skriv den inn.')).toBeNull();
  });

  it('offers no kommuneloven to a committee without a list (a helseforetak\'s styre): the hjemmel is typed, in the committee\'s words', async () => {
    const styre: Committee = { ...committee, conventions: v.parse(ConventionsSchema, { minutes: 'protokoll' }) };
    const editor = await renderPanel(aMeeting({ items: [item()] }), 'nb-NO', styre);
    fireEvent.click(await closedBox());
    expect(screen.queryByRole('combobox', { name: 'Hjemmel' })).toBeNull();
    expect(document.body.textContent).not.toContain('koml.');
    expect(screen.getByText(/Skriv hjemmelen slik den skal stå i innkallingen og protokollen/)).toBeTruthy();
    expect(screen.getByText('Hjemmelen for lukket møte mangler: velg en hjemmel eller skriv den inn.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Hjemmel/ }), { target: { value: 'hfl. § 26 a' } });
    expect(itemOf(editor)?.confidentiality?.closedMeeting).toEqual({ basis: 'hfl. § 26 a' });
  });

  it('keeps showing a kommuneloven hjemmel stored before the committee had its list, as the one chosen', async () => {
    const stored = { ...item(), confidentiality: { closedMeeting: { basis: 'koml. § 11-5 tredje ledd bokstav b' } } };
    const editor = await renderPanel(aMeeting({ items: [stored] }), 'nb-NO', withBases({ closedMeetingBases: ['koml. § 11-5 tredje ledd bokstav a'] }));
    expect(((await closedBox()) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Hjemmel' }) as HTMLSelectElement).value).toBe('koml. § 11-5 tredje ledd bokstav b');
    expect(screen.queryByText(/mangler/)).toBeNull();
    expect(itemOf(editor)?.confidentiality?.closedMeeting?.basis).toBe('koml. § 11-5 tredje ledd bokstav b');
  });

  it('says a committee that does not meet in public (an arbeidsmiljøutvalg) has no lukket møte, instead of offering one', async () => {
    await renderPanel(aMeeting({ items: [item()] }), 'nb-NO', withBases({ publicMeetings: false }));
    expect(await screen.findByText(/Møtene i møteorganet er ikke åpne for allmennheten, så ingen sak behandles i «lukket møte»/)).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Saken behandles i lukket møte' })).toBeNull();
    cleanup();
    // A sak marked before the committee said so still shows its marking, so it can be seen and removed.
    const stored = { ...item(), confidentiality: { closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' } } };
    const editor = await renderPanel(aMeeting({ items: [stored] }), 'nb-NO', withBases({ publicMeetings: false }));
    fireEvent.click(await closedBox());
    expect(itemOf(editor)?.confidentiality).toBeUndefined();
  });

  it.each([
    ['nn-NO', 'Saka blir handsama i lukka møte', 'Heimelen for lukka møte manglar: vel ein heimel eller skriv han inn.', 'Vel heimel …'],
    ['en-GB', 'This item is dealt with in a closed meeting', 'The legal basis for the closed meeting is missing: choose one or type it.', 'Choose a legal basis …'],
  ])('says the hjemmel is missing in %s', async (locale, closed, missing, choose) => {
    await renderPanel(aMeeting({ items: [item()] }), locale, kommunestyre);
    fireEvent.click(await screen.findByRole('checkbox', { name: closed }));
    expect(screen.getByText(missing)).toBeTruthy();
    expect(screen.getByText(choose)).toBeTruthy();
  });
});

describe('«Vedtaket er offentlig» on an exempt sak', () => {
  it.each([
    ['nb-NO', 'Saken er unntatt offentlighet', 'Vedtaket er offentlig', 'Konklusjonen er offentlig'],
    ['nn-NO', 'Saka er unnateken offentlegheit', 'Vedtaket er offentleg', 'Konklusjonen er offentleg'],
    ['en-GB', 'This item is exempt from public access', 'The decision is public', 'The conclusion is public'],
  ])('in %s, in the committee\'s words: ticked it is saved on the exemption, unticked it is gone; never on a saksframlegg', async (locale, exempt, vedtakLabel, konklusjonLabel) => {
    const vedtak: Committee = { ...committee, conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak' }) };
    const editor = await renderPanel(aMeeting({ items: [item()] }), locale, vedtak);
    fireEvent.click(await screen.findByRole('checkbox', { name: exempt }));
    const box = screen.getByRole('checkbox', { name: vedtakLabel });
    fireEvent.click(box);
    expect(itemOf(editor)?.confidentiality?.exempt).toEqual({ decisionPublic: true });
    // The public text no longer stands in for the vedtak.
    expect(screen.queryByText(/vedtaket\.$|the decision\.$|vedtaket i saka\.$/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: vedtakLabel }));
    expect(itemOf(editor)?.confidentiality?.exempt).toEqual({});
    cleanup();
    await renderPanel(aMeeting({ items: [item()] }), locale);
    fireEvent.click(await screen.findByRole('checkbox', { name: exempt }));
    expect(screen.getByRole('checkbox', { name: konklusjonLabel })).toBeTruthy();
    cleanup();
    await renderPanel(aMeeting({ items: [{ ...item(), confidentiality: { caseMemo: {} } }] }), locale);
    await screen.findByRole('checkbox', { name: exempt });
    expect(screen.queryByRole('checkbox', { name: konklusjonLabel })).toBeNull();
  });
});

describe('meirinnsyn (offl. § 11) where the hjemmel allows an exemption without requiring it', () => {
  const meirinnsyn = {
    'nb-NO': 'Hjemmelen åpner for unntak fra innsyn, men krever det ikke. Vurder merinnsyn (offl. § 11): om hele eller deler av innholdet likevel bør være offentlig.',
    'nn-NO': 'Heimelen opnar for unntak frå innsyn, men krev det ikkje. Vurder meirinnsyn (offl. § 11): om heile eller delar av innhaldet likevel bør vere offentleg.',
    'en-GB': 'This legal basis allows an exemption but does not require one. Consider greater public access (offl. § 11): whether all or part of the content should still be public.',
  } as const;

  it.each(['nb-NO', 'nn-NO', 'en-GB'] as const)('says so on a «kan unntas» hjemmel (offl. § 25), not on taushetsplikt (offl. § 13), for the sak and for a vedlegg (%s)', async (locale) => {
    const text = meirinnsyn[locale];
    await renderPanel(aMeeting({ items: [{ ...item(), confidentiality: { exempt: { basis: 'offl. § 25 første ledd' } } }] }), locale);
    const picker = await screen.findByRole('combobox');
    expect(document.getElementById(picker.getAttribute('aria-describedby') ?? '')?.textContent).toBe(text);
    fireEvent.change(picker, { target: { value: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } });
    expect(screen.queryByText(text)).toBeNull();
    cleanup();
    await renderPanel(aMeeting({ items: [{ ...item(), attachments: [anAttachment('n', { number: 1, title: 'Notat', exemption: { basis: 'offl. § 14 første ledd' } })] }] }), locale);
    const attachmentPicker = (await screen.findAllByRole('combobox')).at(-1);
    expect(document.getElementById(attachmentPicker?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(text);
  });
});
