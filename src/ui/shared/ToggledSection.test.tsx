// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ToggledSection } from './ToggledSection';

afterEach(cleanup);

function History() {
  const [open, setOpen] = useState(false);
  return (
    <ToggledSection label="Historikk for sak 12/26" open={open} onToggle={() => setOpen(!open)} toggleText={open ? 'Skjul historikk' : 'Vis historikk'} loadingLabel="Henter historikken …" testId="item-history" toggleTestId="toggle-history">
      <p>Endret av Kristin Liset</p>
    </ToggledSection>
  );
}

describe('a part of a sak opened on demand', () => {
  it('shows its panel only when opened, and the button says whether it is open and which region it controls', () => {
    render(<History />);
    expect(screen.getByRole('region', { name: 'Historikk for sak 12/26' })).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Vis historikk' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBeNull();
    expect(screen.queryByText('Endret av Kristin Liset')).toBeNull();

    fireEvent.click(button);
    const open = screen.getByRole('button', { name: 'Skjul historikk' });
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(open.getAttribute('aria-controls') ?? '');
    expect(panel?.textContent).toBe('Endret av Kristin Liset');
  });
});
