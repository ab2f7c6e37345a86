// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Field, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CommitteePicker } from './CommitteePicker';

// The page goes idle when this test says so. A file of its own: the Dropdown's chunk, once loaded,
// stays loaded for the module's life, and this test needs the stand-in first.
const idle = vi.hoisted(() => ({ now: undefined as undefined | (() => void) }));
vi.mock('../../hosts/whenIdle', () => ({
  whenIdle: () =>
    new Promise<void>((resolve) => {
      idle.now = resolve;
    }),
}));

const committees = [
  { id: 'pm', name: 'Partnerskapsmøtet' },
  { id: 'rs', name: 'Representantskapet i Nordfjell Renovasjon IKS' },
];

it('swaps in the Dropdown in the same task as the page goes idle, so no press can come between the choice and the swap', async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Field label="Møteorgan">
        <CommitteePicker committees={committees} selectedId="pm" onSelect={vi.fn()} />
      </Field>
    </FluentProvider>,
  );
  const standIn = screen.getByRole('combobox', { name: 'Møteorgan' });
  expect(standIn.className).not.toMatch(/fui-Dropdown__button/);
  // The chunk is fetched ahead, so what follows the idle moment is microtasks only.
  await act(async () => {
    await import('./CommitteeDropdown');
  });
  // From here no task runs before the expectation: a press (an event) comes at the next task at the earliest.
  idle.now?.();
  // Many turns: the module runner hands back a module it holds through a chain of promises.
  for (let turn = 0; turn < 2000; turn += 1) await Promise.resolve();
  const face = screen.getByRole('combobox', { name: 'Møteorgan' });
  expect(face).not.toBe(standIn);
  expect(face.className).toMatch(/fui-Dropdown__button/);
});
