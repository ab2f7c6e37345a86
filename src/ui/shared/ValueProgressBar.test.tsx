// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProgressBar } from '@fluentui/react-components';
import { ValueProgressBar } from './ValueProgressBar';

afterEach(() => cleanup());

/** The markup Fluent's ProgressBar and ours render for the same props. */
function both(props: { value: number; max?: number; thickness?: 'medium' | 'large'; 'aria-label': string }): [string, string] {
  render(
    <>
      <div data-testid="fluent">
        <ProgressBar {...props} />
      </div>
      <div data-testid="ours">
        <ValueProgressBar {...props} />
      </div>
    </>,
  );
  const html = [screen.getByTestId('fluent').innerHTML, screen.getByTestId('ours').innerHTML] as [string, string];
  cleanup();
  return html;
}

describe('ValueProgressBar', () => {
  it('renders what Fluent ProgressBar renders for a value: role, aria values, classes and the bar width', () => {
    for (const props of [
      { value: 2, max: 5, thickness: 'large' as const, 'aria-label': 'Sak 2 av 5' },
      { value: 0, max: 3, 'aria-label': 'Ingen ennå' },
      { value: 0.5, 'aria-label': 'Halvveis' },
    ]) {
      const [fluent, ours] = both(props);
      expect(ours).toBe(fluent);
    }
  });

  it('is a progressbar screen readers hear with its value, clamped to its maximum as Fluent clamps it', () => {
    render(<ValueProgressBar value={7} max={5} aria-label="Fremdrift" />);
    const bar = screen.getByRole('progressbar', { name: 'Fremdrift' });
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(bar.getAttribute('aria-valuenow')).toBe('5');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('100%');
  });
});
