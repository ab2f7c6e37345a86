// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Person } from '../../domain/model';
import type { Services } from './services';
import { ServicesProvider } from './ServicesContext';
import { PeoplePicker } from './PeoplePicker';

afterEach(() => cleanup());

const hilde: Person = { name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example.no', directoryId: 'oid-hilde' };

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
});
