// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { aCommittee } from '../../domain/testing/builders';
import type { Committee } from '../../domain/model';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { CommitteeSettingsPanel } from './CommitteeSettingsPanel';
import { renderWithServices } from './testing/renderWithServices';
import './testing/jsdomResizeObserver';

/** The settings of a nynorsk råd, as the tester had them; what a save stores. */
async function renderNynorsk(): Promise<Committee[]> {
  const committee = aCommittee({ id: 'eldreradet', name: 'Eldrerådet i Fjordvik kommune', languageForm: 'nn' });
  const repository = createInMemoryMeetingRepository({ committees: [committee] });
  const stored = (await repository.listCommittees()).find((entry) => entry.value.id === committee.id);
  if (!stored) throw new Error('seed failed');
  const saved: Committee[] = [];
  const panel = <CommitteeSettingsPanel stored={stored} repository={repository} onSaved={(entry) => saved.push(entry.value)} onClose={() => undefined} />;
  renderWithServices(panel, repository, { locale: 'nn-NO' });
  return saved;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lagre innstillingane' }));
const type = (label: string | RegExp, value: string) => {
  const field = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(field, { target: { value } });
  return field;
};
/** What the field is described by: its message, under it. */
const messageOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** The live region a held-back save speaks through (Fluent's field hints are status regions too). */
const heldBackSummary = () => {
  const region = document.querySelector<HTMLElement>('[data-held-back-summary]');
  if (region?.getAttribute('role') !== 'status') throw new Error('no live region for the held-back save');
  return region;
};

afterEach(() => cleanup());

describe('a committee settings form with several bad fields', () => {
  it('says every bad field at once, each under its own field, keeping what was typed, and saves nothing', async () => {
    const saved = await renderNynorsk();
    const notice = type('Innkallingsfrist i dagar før møtet (tomt: inga frist)', 'to veker');
    const format = type('Saksnummerformat', 'Sak {YY}');
    const mailbox = type('Send frå felles postboks (valfritt)', 'postmottak@');
    const noted = type('Knappen «Teke til orientering» skriv', 'x'.repeat(201));
    const statement = type('Erklæring over signaturane i referatet eller protokollen (tomt: ingen)', 'y'.repeat(301));
    save();
    await waitFor(() => expect(messageOf(format)).toContain('«Saksnummerformat» må ha eit løpenummer'));
    expect(messageOf(notice)).toContain('«Innkallingsfrist i dagar før møtet»: skriv eit heilt tal dagar, 1–365, eller tøm feltet.');
    expect(messageOf(mailbox)).toContain('Send frå felles postboks');
    expect(messageOf(mailbox)).toContain('ugyldig e-postadresse');
    expect(messageOf(noted)).toContain('«Teke til orientering» kan ha høgst 200 teikn');
    expect(messageOf(statement)).toContain('«Erklæring over signaturane i referatet eller protokollen» kan ha høgst 300 teikn');
    expect([notice.value, format.value, mailbox.value]).toEqual(['to veker', 'Sak {YY}', 'postmottak@']);
    expect(saved).toEqual([]);
  });

  it('names the field in each message, where «Må fyllast ut.» alone would not', async () => {
    await renderNynorsk();
    const name = type(/^Namn på møteorganet/, ' ');
    const shortName = type(/^Kortnamn \(vert brukt i filnamn\)/, 'Eldrerådet Fjordvik');
    const format = type('Saksnummerformat', '');
    save();
    await waitFor(() => expect(messageOf(name)).toContain('«Namn på møteorganet» må fyllast ut.'));
    expect(messageOf(shortName)).toContain('«Kortnamn» kan ha høgst 12 teikn.');
    expect(messageOf(format)).toContain('«Saksnummerformat» må fyllast ut, til dømes {YYYY}.{NN}.');
    type(/^Kortnamn \(vert brukt i filnamn\)/, '');
    await waitFor(() => expect(messageOf(shortName)).toContain('«Kortnamn» må fyllast ut: det står først i filnamna.'));
  });

  it('will not save over a notice period typed wrong, and saves once it is put right', async () => {
    const saved = await renderNynorsk();
    const notice = type('Innkallingsfrist i dagar før møtet (tomt: inga frist)', '14 dagar');
    save();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toEqual([]);
    expect(notice.value).toBe('14 dagar');
    type('Innkallingsfrist i dagar før møtet (tomt: inga frist)', '14');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.conventions?.noticeDays).toBe(14);
  });

  it('takes a message away as soon as its field is put right, and an emptied optional e-mail is not invalid', async () => {
    const saved = await renderNynorsk();
    const mailbox = type('Send frå felles postboks (valfritt)', 'postmottak@');
    const format = type('Saksnummerformat', 'Sak {YY}');
    save();
    await waitFor(() => expect(messageOf(mailbox)).toContain('ugyldig e-postadresse'));
    type('Send frå felles postboks (valfritt)', '');
    await waitFor(() => expect(messageOf(mailbox)).not.toContain('ugyldig'));
    expect(mailbox.getAttribute('aria-invalid')).not.toBe('true');
    // The other field's message stays until it is put right.
    expect(messageOf(format)).toContain('«Saksnummerformat» må ha eit løpenummer');
    type('Saksnummerformat', 'Sak {NN}/{YY}');
    await waitFor(() => expect(messageOf(format)).not.toContain('løpenummer'));
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.senderMailbox).toBeUndefined();
  });

  it('takes the member form\'s messages away as its fields are put right, and all of them when it is emptied', async () => {
    await renderNynorsk();
    const name = type('Namn på medlemmet', '');
    const email = type('E-post til medlemmet', 'kari@');
    fireEvent.click(screen.getByRole('button', { name: 'Legg til medlem' }));
    await waitFor(() => expect(messageOf(email)).toContain('«E-post til medlemmet»: ugyldig e-postadresse.'));
    expect(messageOf(name)).toContain('«Namn på medlemmet» må fyllast ut.');
    type('Namn på medlemmet', 'Kari Nordmann');
    await waitFor(() => expect(messageOf(name)).not.toContain('«Namn på medlemmet» må fyllast ut.'));
    expect(messageOf(email)).toContain('«E-post til medlemmet»: ugyldig e-postadresse.');
    type('Namn på medlemmet', '');
    type('E-post til medlemmet', '');
    await waitFor(() => expect(messageOf(email)).not.toContain('ugyldig'));
    expect(messageOf(name)).not.toContain('«Namn på medlemmet» må fyllast ut.');
  });

  it('puts the keyboard on the first bad field and says how many wait and which, again at the next save', async () => {
    await renderNynorsk();
    const notice = type('Innkallingsfrist i dagar før møtet (tomt: inga frist)', 'to veker');
    const format = type('Saksnummerformat', 'Sak {YY}');
    save();
    // The case number format stands before the notice period in the form: it gets the focus.
    await waitFor(() => expect(document.activeElement).toBe(format));
    const summary = heldBackSummary();
    await waitFor(() =>
      expect(summary.textContent).toBe('Innstillingane er ikkje lagra. 2 felt må rettast: «Saksnummerformat», «Innkallingsfrist i dagar før møtet (tomt: inga frist)». Markøren står i det første.'),
    );
    // Put right, the next held-back save goes to the one left, and says it anew.
    type('Saksnummerformat', 'Sak {NN}/{YY}');
    save();
    await waitFor(() => expect(document.activeElement).toBe(notice));
    await waitFor(() => expect(summary.textContent).toBe('Innstillingane er ikkje lagra. Eitt felt må rettast: «Innkallingsfrist i dagar før møtet (tomt: inga frist)». Markøren står i det første.'));
  });

  it('names the shares and the co-signers in their messages and in the summary, keeping what was typed', async () => {
    const saved = await renderNynorsk();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Oppmøte og røyster blir talde i aksjar (generalforsamling)' }));
    const shares = type('Talet på aksjar i selskapet', '1 000');
    fireEvent.click(screen.getByRole('radio', { name: /^ved underskrift av møteleiaren og minst éin person/ }));
    const signers = type(/^Så mange vert valde til å skrive under/, 'to');
    save();
    await waitFor(() => expect(document.activeElement).toBe(shares));
    expect(messageOf(shares)).toContain('«Talet på aksjar i selskapet»: skriv eit heilt tal over 0, utan mellomrom.');
    expect(messageOf(signers)).toContain('«Så mange vert valde til å skrive under referatet saman med møteleiaren»: skriv eit heilt tal, 1–10, eller tøm feltet.');
    await waitFor(() =>
      expect(heldBackSummary().textContent).toBe(
        'Innstillingane er ikkje lagra. 2 felt må rettast: «Talet på aksjar i selskapet», «Så mange vert valde til å skrive under referatet saman med møteleiaren». Markøren står i det første.',
      ),
    );
    expect([shares.value, signers.value]).toEqual(['1 000', 'to']);
    expect(saved).toEqual([]);
  });

  it('names the sakstype field that is empty, under it, and puts the keyboard there', async () => {
    const saved = await renderNynorsk();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til sakstype' }));
    const rows = screen.getAllByLabelText(/^Sakstype \d+ på bokmål$/);
    const number = rows.length;
    type(`Sakstype ${number} på bokmål`, 'Høyringssak');
    save();
    const nynorsk = screen.getByLabelText(`Sakstype ${number} på nynorsk`);
    await waitFor(() => expect(document.activeElement).toBe(nynorsk));
    expect(nynorsk.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(nynorsk)).toContain(`«Sakstype ${number} på nynorsk» må fyllast ut.`);
    type(`Sakstype ${number} på nynorsk`, 'Høyringssak');
    await waitFor(() => expect(nynorsk.getAttribute('aria-invalid')).not.toBe('true'));
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
  });

  it('puts the keyboard on the hand-typed member\'s first bad field when «Legg til medlem» is refused, and the save is not held back by it', async () => {
    const saved = await renderNynorsk();
    const email = type('E-post til medlemmet', 'kari@');
    type('Namn på medlemmet', 'Kari Nordmann');
    fireEvent.click(screen.getByRole('button', { name: 'Legg til medlem' }));
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(messageOf(email)).toContain('«E-post til medlemmet»: ugyldig e-postadresse.');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(heldBackSummary().textContent).toBe('');
  });
});
