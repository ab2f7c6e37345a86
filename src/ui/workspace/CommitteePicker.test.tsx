// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Field, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CommitteePicker } from './CommitteePicker';

// The page never goes idle here: the Dropdown comes only because the picker is used.
vi.mock('../../hosts/whenIdle', () => ({ whenIdle: () => new Promise(() => undefined) }));
const chunk = vi.hoisted(() => ({ fetched: false }));
vi.mock('./CommitteeDropdown', async (importOriginal) => {
  chunk.fetched = true;
  return importOriginal();
});

afterEach(() => cleanup());

const committees = [
  { id: 'pm', name: 'Partnerskapsmøtet' },
  { id: 'os', name: 'Overordnet samarbeidsutvalg' },
];

it('stands in for the Dropdown with its label and value, and opens the Dropdown with the focus on it at the first arrow key', async () => {
  const onSelect = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <Field label="Møteorgan">
        <CommitteePicker committees={committees} selectedId="pm" onSelect={onSelect} />
      </Field>
    </FluentProvider>,
  );
  const standIn = screen.getByRole('combobox', { name: 'Møteorgan' });
  expect(standIn.textContent).toBe('Partnerskapsmøtet');
  expect(standIn.getAttribute('aria-expanded')).toBe('false');
  expect(chunk.fetched).toBe(false);

  standIn.focus();
  fireEvent.keyDown(standIn, { key: 'ArrowDown' });
  await screen.findByRole('listbox');
  expect(chunk.fetched).toBe(true);
  const dropdown = screen.getByRole('combobox', { name: 'Møteorgan' });
  expect(dropdown).not.toBe(standIn);
  expect(document.activeElement).toBe(dropdown);
  expect(dropdown.getAttribute('aria-expanded')).toBe('true');
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: 'Overordnet samarbeidsutvalg' }));
  });
  expect(onSelect).toHaveBeenCalledWith('os');
});
