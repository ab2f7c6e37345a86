// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncExternalStore } from 'react';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema, type Committee, type Meeting } from '../../domain/model';
import { ConventionsSchema } from '../../domain/conventions';
import type { AgendaEditor } from './agendaEditor';
import { storedEditor } from './testing/storedEditor';
import { CaseRoutePanel } from './CaseRoutePanel';
import { renderWithServices } from './testing/renderWithServices';

const committee = { ...aCommittee(), name: 'Formannskapet' };

function Harness({ editor, body, committees }: { editor: AgendaEditor; body: Committee; committees: readonly Committee[] }) {
  const state = useSyncExternalStore(editor.subscribe, () => editor.getState());
  const item = state.meeting.items[0];
  return item ? <CaseRoutePanel committee={body} committees={committees} item={item} editor={editor} /> : null;
}

async function renderPanel(meeting: Meeting, locale = 'nb-NO', body: Committee = committee, committees: readonly Committee[] = [body]) {
  const { repository, editor } = await storedEditor(body, meeting);
  renderWithServices(<Harness editor={editor} body={body} committees={committees} />, repository, { locale });
  return editor;
}

const sak = () => anItem('b', { caseNumber: v.parse(CaseNumberSchema, '2026.14'), title: 'Budsjett 2027' });
const routeOf = (editor: AgendaEditor) => editor.getState().meeting.items[0]?.caseRoute;

afterEach(() => cleanup());

describe('a sak\'s saksgang in the sak editor', () => {
  it('adds the kommunestyre with its date and number, says the protokoll writes an innstilling, and removes it again', async () => {
    const editor = await renderPanel(aMeeting({ items: [sak()] }));
    const add = await screen.findByRole('button', { name: 'Legg til i saksgangen' });
    expect(add.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Nytt utvalg i saksgangen' }), { target: { value: ' Kommunestyret ' } });
    fireEvent.click(add);
    expect(routeOf(editor)).toEqual([{ body: 'Kommunestyret' }]);
    expect(screen.getByRole('note').textContent).toBe('Protokollen skriver konklusjonen som «Innstilling til Kommunestyret».');
    fireEvent.change(screen.getByLabelText('Møtedato (valgfritt)'), { target: { value: '2026-12-17' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Saksnr. (valgfritt), Kommunestyret' }), { target: { value: 'PS 40/26' } });
    expect(routeOf(editor)).toEqual([{ body: 'Kommunestyret', date: '2026-12-17', caseNumber: 'PS 40/26' }]);
    // A name of more than one word can be typed: the space before the next word is not taken away.
    const name = screen.getByRole('textbox', { name: /^Utvalg/ });
    fireEvent.change(name, { target: { value: 'Kommunestyret ' } });
    expect((name as HTMLInputElement).value).toBe('Kommunestyret ');
    fireEvent.change(name, { target: { value: 'Kommunestyret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fjern fra saksgangen: Kommunestyret' }));
    expect(routeOf(editor)).toBeUndefined();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says a råd that gives uttalelser (advisory) writes its conclusion as «Uttalelse» and the next body keeps the proposal, in nb and nn', async () => {
    const eldreradet = { ...aCommittee(), name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, { advisory: true }) };
    const routed = aMeeting({ items: [{ ...sak(), caseRoute: [{ body: 'Eldrerådet' }, { body: 'Formannskapet' }] }] });
    await renderPanel(routed, 'nb-NO', eldreradet);
    expect((await screen.findByRole('note')).textContent).toBe('Protokollen skriver konklusjonen som «Uttalelse», og Formannskapet beholder forslaget saken hadde.');
    cleanup();
    // The word is the protokoll's, in the committee's målform; the sentence the screen's.
    await renderPanel(routed, 'nn-NO', { ...eldreradet, languageForm: 'nn' });
    expect((await screen.findByRole('note')).textContent).toBe('Protokollen skriv konklusjonen som «Fråsegn», og Formannskapet held på forslaget saka hadde.');
    cleanup();
    await renderPanel(routed, 'nn-NO', eldreradet);
    expect((await screen.findByRole('note')).textContent).toBe('Protokollen skriv konklusjonen som «Uttalelse», og Formannskapet held på forslaget saka hadde.');
  });

  it('a route typed by hand naming a råd the app knows as one that gives uttalelser: marked so, and the proposal is not «Innstilling fra» the råd; a body the app does not know makes an innstilling as before', async () => {
    const eldreradet = { ...aCommittee(), id: 'er', name: 'Eldrerådet', conventions: v.parse(ConventionsSchema, { advisory: true }) };
    const type = (body: string) => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Nytt utvalg i saksgangen' }), { target: { value: body } });
      fireEvent.click(screen.getByRole('button', { name: 'Legg til i saksgangen' }));
    };
    const editor = await renderPanel(aMeeting({ items: [sak()] }), 'nb-NO', committee, [committee, eldreradet]);
    await screen.findByRole('button', { name: 'Legg til i saksgangen' });
    type('eldrerådet');
    type('Formannskapet');
    expect(routeOf(editor)).toEqual([{ body: 'eldrerådet', advisory: true }, { body: 'Formannskapet' }]);
    expect(screen.queryByRole('note')).toBeNull();
    // Renamed to a body the app does not know: no longer marked, and its innstilling heads the proposal.
    fireEvent.change(screen.getByDisplayValue('eldrerådet'), { target: { value: 'Ungdomsrådet' } });
    expect(routeOf(editor)).toEqual([{ body: 'Ungdomsrådet' }, { body: 'Formannskapet' }]);
    expect(screen.getByRole('note').textContent).toBe('Innkallingen skriver forslaget som «Innstilling fra Ungdomsrådet».');
  });

  it('names each row\'s møtedato and saksnr. after its body, so a screen reader hears which body a field is for, in nb, nn and en', async () => {
    const route = [{ body: 'Eldrerådet', date: '2026-11-30' }, { body: 'Formannskapet' }, { body: 'Kommunestyret', caseNumber: 'PS 40/26' }];
    for (const [locale, date, caseNumber] of [
      ['nb-NO', 'Møtedato (valgfritt)', 'Saksnr. (valgfritt)'],
      ['nn-NO', 'Møtedato (valfritt)', 'Saksnr. (valfritt)'],
      ['en-GB', 'Meeting date (optional)', 'Case no. (optional)'],
    ] as const) {
      const editor = await renderPanel(aMeeting({ items: [{ ...sak(), caseRoute: route }] }), locale);
      await screen.findByRole('list');
      // The name starts with the visible label (WCAG 2.5.3) and ends with the row's body.
      expect((screen.getByLabelText(`${date}, Eldrerådet`) as HTMLInputElement).value).toBe('2026-11-30');
      expect((screen.getByRole('textbox', { name: `${caseNumber}, Kommunestyret` }) as HTMLInputElement).value).toBe('PS 40/26');
      fireEvent.change(screen.getByLabelText(`${date}, Kommunestyret`), { target: { value: '2026-12-17' } });
      fireEvent.change(screen.getByRole('textbox', { name: `${caseNumber}, Eldrerådet` }), { target: { value: 'PS 3/26' } });
      expect(routeOf(editor)).toEqual([{ body: 'Eldrerådet', date: '2026-11-30', caseNumber: 'PS 3/26' }, { body: 'Formannskapet' }, { body: 'Kommunestyret', caseNumber: 'PS 40/26', date: '2026-12-17' }]);
      // This meeting's row has no fields of its own to name.
      expect(screen.queryByLabelText(`${date}, Formannskapet`)).toBeNull();
      cleanup();
    }
  });

  it('marks the step naming this committee as this meeting (no date or number of its own), keeps an emptied name on screen, in nynorsk', async () => {
    const editor = await renderPanel(aMeeting({ items: [{ ...sak(), caseRoute: [{ body: 'Eldrerådet' }, { body: 'formannskapet' }] }] }), 'nn-NO');
    await screen.findByRole('heading', { name: 'Saksgang' });
    expect(screen.getByText('Dette møtet: datoen og saksnummeret er møtet sine.')).toBeTruthy();
    expect(screen.getAllByLabelText('Møtedato (valfritt)')).toHaveLength(1);
    // The sak ends here: no innstilling to another body; it came from the eldreråd, in the committee's (bokmål) documents.
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual(['Innkallinga skriv forslaget som «Innstilling fra Eldrerådet».']);
    const names = screen.getAllByRole('textbox', { name: /^Utval/ });
    fireEvent.change(names[0] as HTMLElement, { target: { value: '' } });
    expect(screen.getByText('Utvalet manglar namn. Det blir lagra når det har eit namn.')).toBeTruthy();
    expect(routeOf(editor)?.[0]?.body).toBe('Eldrerådet');
  });

  it('says the innkalling heads the proposal of a sak from another body by its innstilling, and the protokoll the conclusion by the next', async () => {
    await renderPanel(aMeeting({ items: [{ ...sak(), caseRoute: [{ body: 'Eldrerådet' }, { body: 'Formannskapet' }, { body: 'Kommunestyret' }] }] }));
    await screen.findByRole('heading', { name: 'Saksgang' });
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual([
      'Innkallingen skriver forslaget som «Innstilling fra Eldrerådet».',
      'Protokollen skriver konklusjonen som «Innstilling til Kommunestyret».',
    ]);
  });
});
