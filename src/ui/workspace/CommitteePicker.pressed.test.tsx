// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Field, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CommitteePicker } from './CommitteePicker';

// The page goes idle when this test says so: between the press on the stand-in and its release.
const idle = vi.hoisted(() => ({ now: undefined as undefined | (() => void) }));
vi.mock('../../hosts/whenIdle', () => ({
  whenIdle: () =>
    new Promise<void>((resolve) => {
      idle.now = resolve;
    }),
}));

afterEach(() => cleanup());

const committees = [
  { id: 'pm', name: 'Partnerskapsmøtet' },
  { id: 'rs', name: 'Representantskapet i Nordfjell Renovasjon IKS' },
];

it('opens the list when the Dropdown arrives while the stand-in is pressed: the click it was pressed for is not lost', async () => {
  const onSelect = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <Field label="Møteorgan">
        <CommitteePicker committees={committees} selectedId="pm" onSelect={onSelect} />
      </Field>
    </FluentProvider>,
  );
  const standIn = screen.getByRole('combobox', { name: 'Møteorgan' });
  fireEvent.pointerDown(standIn);
  // The page goes idle and the Dropdown's chunk arrives before the button is released.
  await act(async () => {
    idle.now?.();
    await import('./CommitteeDropdown');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(screen.getByRole('combobox', { name: 'Møteorgan' })).toBe(standIn);
  fireEvent.pointerUp(standIn);
  fireEvent.click(standIn);
  const option = await screen.findByRole('option', { name: 'Representantskapet i Nordfjell Renovasjon IKS' });
  await act(async () => {
    fireEvent.click(option);
  });
  expect(onSelect).toHaveBeenCalledWith('rs');
});
