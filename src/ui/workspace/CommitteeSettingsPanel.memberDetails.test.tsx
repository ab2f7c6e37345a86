// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCommittee } from '../../domain/testing/builders';
import type { Committee } from '../../domain/model';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { CommitteeSettingsPanel } from './CommitteeSettingsPanel';
import { renderWithServices } from './testing/renderWithServices';
import './testing/jsdomResizeObserver';

async function renderSettings(locale: string, committee: Committee) {
  const repository = createInMemoryMeetingRepository({ committees: [committee] });
  const stored = (await repository.listCommittees()).find((entry) => entry.value.id === committee.id);
  if (!stored) throw new Error('seed failed');
  const saved: Committee[] = [];
  const panel = <CommitteeSettingsPanel stored={stored} repository={repository} onSaved={(entry) => saved.push(entry.value)} onClose={() => undefined} />;
  renderWithServices(panel, repository, { locale });
  return { saved };
}

/** The text of a field's message, which Fluent ties to the input by `aria-describedby`. */
function messageOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));

afterEach(() => cleanup());

// Picked from the directory: id, name and address only (the basic profile), no organisation or title.
const fromDirectory = { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@siv.example.no', directoryId: 'u-ingrid' };
const byHand = { name: 'Ola Berg', email: 'ola.berg@porsgrunn.example.no', organisation: 'Porsgrunn kommune' };

describe('a member\'s organisation and stilling in the committee settings, for one picked from the directory too', () => {
  it('saves an organisation and a stilling typed for a directory member, trimmed, and changes a hand-added member\'s organisation', async () => {
    const { saved } = await renderSettings('nb-NO', aCommittee({ id: 'su', members: [fromDirectory, byHand] }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Organisasjon for Ingrid Fjeld' }), { target: { value: ' Sykehuset i Vestfold ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Stilling for Ingrid Fjeld' }), { target: { value: 'Klinikksjef' } });
    const organisation = screen.getByRole('textbox', { name: 'Organisasjon for Ola Berg' }) as HTMLInputElement;
    expect(organisation.value).toBe('Porsgrunn kommune');
    fireEvent.change(organisation, { target: { value: 'Skien kommune' } });
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.members).toEqual([
      { ...fromDirectory, organisation: 'Sykehuset i Vestfold', title: 'Klinikksjef' },
      { ...byHand, organisation: 'Skien kommune' },
    ]);
  });

  it('leaves out an organisation emptied, or only spaces', async () => {
    const { saved } = await renderSettings('nb-NO', aCommittee({ id: 'su', members: [byHand, { ...fromDirectory, title: 'Klinikksjef' }] }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Organisasjon for Ola Berg' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Stilling for Ingrid Fjeld' }), { target: { value: '   ' } });
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.members).toEqual([{ name: byHand.name, email: byHand.email }, fromDirectory]);
  });

  it('says on the field that a stilling is too long or has a control character, naming the field and the member, refuses the save and keeps what was typed', async () => {
    const { saved } = await renderSettings('nb-NO', aCommittee({ id: 'su', members: [fromDirectory] }));
    const title = screen.getByRole('textbox', { name: 'Stilling for Ingrid Fjeld' }) as HTMLInputElement;
    const long = 'K'.repeat(201);
    fireEvent.change(title, { target: { value: long } });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(title)).toContain('«Stilling for Ingrid Fjeld» kan ha høyst 200 tegn.');
    save();
    fireEvent.change(title, { target: { value: 'Klinikk\tsjef' } });
    expect(messageOf(title)).toContain('«Stilling for Ingrid Fjeld» har et tegn som ikke kan stå i et dokument (for eksempel tabulator). Fjern det og prøv igjen.');
    save();
    // The held-back save puts the keyboard there and its summary names the field as the message does.
    await waitFor(() => expect(document.activeElement).toBe(title));
    await waitFor(() =>
      expect(document.querySelector('[data-held-back-summary]')?.textContent).toBe('Innstillingene er ikke lagret. Ett felt må rettes: «Stilling for Ingrid Fjeld». Markøren står i det første.'),
    );
    expect(saved).toEqual([]);
    expect(title.value).toBe('Klinikk\tsjef');
  });

  it('names the fields in nynorsk and English, with the message on the organisation', async () => {
    await renderSettings('nn-NO', aCommittee({ id: 'su', members: [fromDirectory] }));
    expect(screen.getByRole('textbox', { name: 'Stilling for Ingrid Fjeld' })).toBeTruthy();
    const organisation = screen.getByRole('textbox', { name: 'Organisasjon for Ingrid Fjeld' });
    fireEvent.change(organisation, { target: { value: 'x'.repeat(201) } });
    expect(messageOf(organisation)).toContain('«Organisasjon for Ingrid Fjeld» kan ha høgst 200 teikn.');
    cleanup();
    await renderSettings('en-GB', aCommittee({ id: 'su', members: [fromDirectory] }));
    expect(screen.getByRole('textbox', { name: 'Organisation of Ingrid Fjeld' })).toBeTruthy();
    const position = screen.getByRole('textbox', { name: 'Position of Ingrid Fjeld' });
    fireEvent.change(position, { target: { value: 'Head\tof clinic' } });
    expect(messageOf(position)).toContain('«Position of Ingrid Fjeld» has a character that cannot appear in a document');
  });

  it('refuses an organisation typed with a control character for a member outside the directory, on its field, keeping what was typed', async () => {
    await renderSettings('nb-NO', aCommittee({ id: 'su', members: [] }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Navn på medlemmet' }), { target: { value: 'Siri Lund' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'E-post til medlemmet' }), { target: { value: 'siri.lund@bamble.example.no' } });
    const organisation = screen.getByRole('textbox', { name: 'Organisasjon (valgfritt)' }) as HTMLInputElement;
    fireEvent.change(organisation, { target: { value: 'Bamble\u0007kommune' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til medlem' }));
    await waitFor(() => expect(messageOf(organisation)).toContain('«Organisasjon» har et tegn som ikke kan stå i et dokument'));
    expect(organisation.value).toBe('Bamble\u0007kommune');
    expect(screen.queryByRole('textbox', { name: 'Organisasjon for Siri Lund' })).toBeNull();
  });
});

describe('what the documents print after every name, chosen in the committee settings', () => {
  it('says what the documents do while nothing is chosen, and saves «Stilling og organisasjon» when picked', async () => {
    const { saved } = await renderSettings('nb-NO', aCommittee({ id: 'su', members: [fromDirectory] }));
    const details = screen.getByRole('combobox', { name: 'Skriv etter navnet i dokumentene' });
    expect(details.textContent).toBe('Ikke valgt: organisasjonen i oppmøtelisten, bare navnet under Ansvar');
    fireEvent.click(details);
    await waitFor(() => expect(details.getAttribute('aria-expanded')).toBe('true'));
    const listbox = document.getElementById(details.getAttribute('aria-controls') ?? '');
    expect(within(listbox ?? document.createElement('div')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Ingenting', 'Organisasjon', 'Stilling', 'Stilling og organisasjon']);
    fireEvent.click(screen.getByRole('option', { name: 'Stilling og organisasjon' }));
    expect(details.textContent).toBe('Stilling og organisasjon');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.personDetails).toBe('titleAndOrganisation');
  });

  it('shows the committee\'s choice when opened and saves another, in nynorsk; English names the field', async () => {
    const { saved } = await renderSettings('nn-NO', aCommittee({ id: 'su', members: [fromDirectory], personDetails: 'title' }));
    const details = screen.getByRole('combobox', { name: 'Skriv etter namnet i dokumenta' });
    expect(details.textContent).toBe('Stilling');
    fireEvent.click(details);
    fireEvent.click(await screen.findByRole('option', { name: 'Ingenting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre innstillingane' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.personDetails).toBe('none');
    cleanup();
    await renderSettings('en-GB', aCommittee({ id: 'su', members: [fromDirectory], personDetails: 'organisation' }));
    expect(screen.getByRole('combobox', { name: 'Print after the name in the documents' }).textContent).toBe('Organisation');
  });
});
