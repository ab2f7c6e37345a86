// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MotebokProvider } from '../shared/MotebokProvider';
import { browserHost } from './testing/storedEditor';
import { BasisPicker } from './BasisPicker';

const MISSING = 'Velg eller skriv hjemmelen for at sak 2026.12 er unntatt offentlighet.';
const OPTIONS = ['offl. § 13 jf. fvl. § 13 første ledd nr. 1', 'offl. § 24'];

function Harness({ options, initial, saved, noListHint }: { options: readonly string[]; initial?: string; saved: string[]; noListHint?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <BasisPicker
      options={options}
      value={value}
      missing={MISSING}
      {...(noListHint === undefined ? {} : { noListHint })}
      onChange={(basis) => {
        saved.push(basis);
        setValue(basis);
      }}
    />
  );
}

const renderPicker = (props: { options: readonly string[]; initial?: string; noListHint?: string }) => {
  const saved: string[] = [];
  render(
    <MotebokProvider host={browserHost()}>
      <Harness {...props} saved={saved} />
    </MotebokProvider>,
  );
  return saved;
};

/** The text the field's aria-describedby points at: the message is linked to the field, not only near it. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

afterEach(() => cleanup());

describe('the one hjemmel picker (unntatt offentlighet and lukket møte)', () => {
  it('chooses nothing for the secretariat: says on the field what is missing, linked to it, until a hjemmel is chosen', async () => {
    const saved = renderPicker({ options: OPTIONS });
    const picker = await screen.findByRole('combobox', { name: 'Hjemmel' });
    expect((picker as HTMLSelectElement).value).toBe('');
    expect([...picker.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Velg hjemmel …', ...OPTIONS, 'Annen hjemmel …']);
    expect(description(picker)).toContain(MISSING);
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(picker, { target: { value: 'offl. § 24' } });
    expect(saved).toEqual(['offl. § 24']);
    expect(screen.queryByText(MISSING)).toBeNull();
    // Once chosen, «nothing» is no longer offered.
    expect([...picker.querySelectorAll('option')].map((option) => option.textContent)).toEqual([...OPTIONS, 'Annen hjemmel …']);
  });

  it('takes any other hjemmel as typed text, trimmed, and saves nothing while the text is empty', async () => {
    const saved = renderPicker({ options: OPTIONS });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Hjemmel' }), { target: { value: '__other__' } });
    const typed = screen.getByRole('textbox', { name: /Skriv hjemmelen/ });
    expect(description(typed)).toContain(MISSING);
    fireEvent.change(typed, { target: { value: '   ' } });
    expect(saved).toEqual([]);
    fireEvent.change(typed, { target: { value: ' offl. § 15 første ledd ' } });
    expect(saved).toEqual(['offl. § 15 første ledd']);
    expect(screen.queryByText(MISSING)).toBeNull();
  });

  it('shows a stored hjemmel outside the list (an old default, one typed) as the one chosen, and changes nothing', async () => {
    const saved = renderPicker({ options: OPTIONS.slice(1), initial: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' });
    expect(((await screen.findByRole('combobox', { name: 'Hjemmel' })) as HTMLSelectElement).value).toBe('offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(screen.queryByText(MISSING)).toBeNull();
    expect(saved).toEqual([]);
  });

  it('without a list, asks for the hjemmel as text, with the hint', async () => {
    const saved = renderPicker({ options: [], noListHint: 'Ingen faste hjemler.' });
    expect(screen.queryByRole('combobox')).toBeNull();
    const typed = await screen.findByRole('textbox', { name: /Hjemmel/ });
    expect(description(typed)).toContain('Ingen faste hjemler.');
    expect(description(typed)).toContain(MISSING);
    fireEvent.change(typed, { target: { value: 'hfl. § 26 a' } });
    expect(saved).toEqual(['hfl. § 26 a']);
  });
});
