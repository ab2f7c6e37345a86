// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { Spinner } from '@fluentui/react-components';
import { LoadingSpinner } from './LoadingSpinner';

afterEach(() => cleanup());

describe('LoadingSpinner', () => {
  it('is what Fluent Spinner is to a screen reader: a progressbar without a value, named by its visible text', () => {
    render(
      <>
        <div data-testid="fluent">
          <Spinner label="Laster …" />
        </div>
        <div data-testid="ours">
          <LoadingSpinner label="Laster …" />
        </div>
      </>,
    );
    for (const id of ['fluent', 'ours']) {
      const bar = within(screen.getByTestId(id)).getByRole('progressbar', { name: 'Laster …' });
      expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    }
    const ours = within(screen.getByTestId('ours')).getByRole('progressbar');
    expect(ours.textContent).toBe('Laster …');
    // The ring is decoration: nothing but the text is read.
    expect(ours.querySelectorAll('[aria-hidden="true"]')).toHaveLength(1);
  });

  it('gives each spinner its own label, so two on a page keep their own names', () => {
    render(
      <>
        <LoadingSpinner label="Henter møtet …" />
        <LoadingSpinner size="tiny" label="Lagrer …" />
      </>,
    );
    expect(screen.getByRole('progressbar', { name: 'Henter møtet …' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Lagrer …' })).toBeTruthy();
  });
});
