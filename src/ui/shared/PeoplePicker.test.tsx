// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Person } from '../../domain/model';
import type { Services } from './services';
import { ServicesProvider } from './ServicesContext';
import { PeoplePicker } from './PeoplePicker';

afterEach(() => cleanup());

const hilde: Person = { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no', directoryId: 'oid-hilde' };
const kari: Person = { name: 'Kari Nordmann', email: 'kari.nordmann@siv.example.no', directoryId: 'oid-kari', title: 'Rådgiver' };
const namesake: Person = { name: 'Kari Nordmann', email: 'kari.nordmann2@siv.example.no', directoryId: 'oid-kari-2', title: 'Lektor' };

/** A single-value picker as «Fast møteleder» is used: the last one picked, or nobody. */
function OnePick({ initial, search }: { initial: Person; search: (query: string) => Promise<Person[]> }) {
  const [chair, setChair] = useState<Person | undefined>(initial);
  return <PeoplePicker label="Fast møteleder" value={chair ? [chair] : []} onChange={(people) => setChair(people.at(-1))} search={search} />;
}

/** The texts of the options a search for `typed` offers when the directory answers `found`. */
async function optionTexts(found: Person[], typed: string): Promise<string[]> {
  render(
    <ServicesProvider services={{} as Services}>
      <PeoplePicker label="Medlemmer" value={[]} onChange={vi.fn()} search={async () => found} />
    </ServicesProvider>,
  );
  fireEvent.change(screen.getByRole('combobox'), { target: { value: typed } });
  const options = await screen.findAllByRole('option', { name: new RegExp(`^${found[0]?.name ?? ''}`) });
  return options.map((option) => option.textContent ?? '');
}

describe('the people picker', () => {
  it('says a person found is chosen already, instead of offering to add a namesake outside the directory', async () => {
    const onChange = vi.fn();
    render(
      <ServicesProvider services={{} as Services}>
        <PeoplePicker label="Referentar" value={[hilde]} onChange={onChange} search={async () => [hilde]} />
      </ServicesProvider>,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Hilde Kari' } });
    expect(await screen.findByText('Hilde Kari Maugesten er allerede valgt')).toBeTruthy();
    expect(screen.queryByText('Legg til «Hilde Kari»')).toBeNull();
    fireEvent.click(screen.getByText('Hilde Kari Maugesten er allerede valgt'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('still offers someone the directory does not know, by name', async () => {
    const onChange = vi.fn();
    render(
      <ServicesProvider services={{} as Services}>
        <PeoplePicker label="Referentar" value={[hilde]} onChange={onChange} search={async () => []} />
      </ServicesProvider>,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Ragnhild Øvrebø' } });
    fireEvent.click(await screen.findByText('Legg til «Ragnhild Øvrebø»'));
    expect(onChange).toHaveBeenCalledWith([hilde, { name: 'Ragnhild Øvrebø' }]);
  });

  it('offers to add a name typed by name alone, saying no invitation goes to one without an address, also when the directory finds others', async () => {
    const onChange = vi.fn();
    const perHansen: Person = { name: 'Per Hansen', email: 'per.hansen@siv.example.no', directoryId: 'oid-per' };
    render(
      <ServicesProvider services={{} as Services}>
        <PeoplePicker label="Medlemmer" value={[]} onChange={onChange} search={async () => [perHansen]} />
      </ServicesProvider>,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Per Hans' } });
    const byName = await screen.findByRole('option', { name: /^Legg til «Per Hans»/ });
    expect(byName.textContent).toContain('Bare navnet, uten e-postadresse: får ingen invitasjon fra Møtebok');
    expect(screen.getByRole('option', { name: /^Per Hansen/ })).toBeTruthy();
    fireEvent.click(byName);
    expect(onChange).toHaveBeenCalledWith([{ name: 'Per Hans' }]);
  });

  it('does not offer by name the very name the directory found', async () => {
    const perHansen: Person = { name: 'Per Hansen', email: 'per.hansen@siv.example.no', directoryId: 'oid-per' };
    render(
      <ServicesProvider services={{} as Services}>
        <PeoplePicker label="Medlemmer" value={[]} onChange={vi.fn()} search={async () => [perHansen]} />
      </ServicesProvider>,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'per hansen' } });
    expect(await screen.findByRole('option', { name: /^Per Hansen/ })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /^Legg til/ })).toBeNull();
  });

  it('still offers the name typed when the directory cannot be searched', async () => {
    const onChange = vi.fn();
    render(
      <ServicesProvider services={{} as Services}>
        <PeoplePicker label="Medlemmer" value={[]} onChange={onChange} search={() => Promise.reject(new Error('offline'))} />
      </ServicesProvider>,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Ragnhild Øvrebø' } });
    fireEvent.click(await screen.findByRole('option', { name: /^Legg til «Ragnhild Øvrebø»/ }));
    expect(onChange).toHaveBeenCalledWith([{ name: 'Ragnhild Øvrebø' }]);
  });

  it('names a chosen person\'s tag by what a click on it does, apart from a search result of the same name', async () => {
    const onChange = vi.fn();
    render(
      <ServicesProvider services={{} as Services}>
        <PeoplePicker label="Fast møteleder" value={[kari]} onChange={onChange} search={async () => [kari, namesake]} />
      </ServicesProvider>,
    );
    expect(screen.getByRole('option', { name: 'Fjern Kari Nordmann' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Kari' } });
    // The namesake found in the directory is the one option whose name begins with hers.
    const found = await screen.findAllByRole('option', { name: /^Kari Nordmann/ });
    expect(found).toHaveLength(1);
    expect(found[0]?.textContent).toContain('Lektor');
    fireEvent.click(found[0]!);
    expect(onChange).toHaveBeenCalledWith([kari, namesake]);
  });

  it('tells namesakes found with only their basic profile apart by their address, the guest by her domain', async () => {
    const member: Person = { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@siv.example.no', directoryId: 'oid-ingrid-1' };
    const guest: Person = { name: 'Ingrid Fjeld', email: 'ingrid.fjeld@larvik.kommune.example.no', directoryId: 'oid-ingrid-2' };
    expect(await optionTexts([member, guest], 'Ingrid')).toEqual([expect.stringMatching(/Ingrid Fjeldingrid\.fjeld@siv\.example\.no$/), expect.stringMatching(/Ingrid Fjeldingrid\.fjeld@larvik\.kommune\.example\.no$/)]);
  });

  it('shows the address also after a title and organisation, so namesakes with the same ones differ', async () => {
    const first: Person = { name: 'Kari Nordmann', email: 'kari.nordmann@larvik.kommune.no', title: 'Rådgiver', organisation: 'Larvik kommune' };
    const second: Person = { ...first, email: 'kari.nordmann2@larvik.kommune.no' };
    const [one, two] = await optionTexts([first, second], 'Kari');
    expect(one).toMatch(/Rådgiver · Larvik kommune · kari\.nordmann@larvik\.kommune\.no$/);
    expect(two).toMatch(/Rådgiver · Larvik kommune · kari\.nordmann2@larvik\.kommune\.no$/);
  });

  it('says so under the field when removing the only person picked leaves it empty', async () => {
    render(
      <ServicesProvider services={{} as Services}>
        <OnePick initial={kari} search={async () => []} />
      </ServicesProvider>,
    );
    expect(screen.queryByText(/er fjernet/)).toBeNull();
    fireEvent.click(screen.getByRole('option', { name: 'Fjern Kari Nordmann' }));
    expect(screen.queryByRole('option', { name: /Kari Nordmann/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Kari Nordmann er fjernet. Ingen er valgt.');
    expect(screen.getByRole('combobox').getAttribute('aria-describedby')).toContain(screen.getByRole('status').id);
  });
});
