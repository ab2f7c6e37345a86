// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

afterEach(cleanup);

/**
 * The dialog, open, with `hidden: true` in every query: jsdom lays nothing out, so tabster takes every element for
 * invisible and marks the surface aria-hidden soon after it opens (see `workspace/NoticePanel.test.tsx`).
 */
function shown(props: Partial<ConfirmDialogProps> = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConfirmDialog open title="Sende innkallingen?" confirmLabel="Send" cancelLabel="Avbryt" onConfirm={onConfirm} onCancel={onCancel} testId="asked" {...props}>
        <p>Innkallingen sendes til 3 mottakere.</p>
      </ConfirmDialog>
    </FluentProvider>,
  );
  const surface = screen.getByTestId('asked');
  const buttons = () => within(surface).queryAllByRole('button', { hidden: true }).map((button) => [button.textContent, button.hasAttribute('disabled')]);
  return { surface, buttons, onConfirm, onCancel };
}

describe('ConfirmDialog', () => {
  it('is an alert dialog with «Avbryt» first, the safe choice the focus lands on, and Escape cancels', () => {
    const { surface, buttons, onCancel } = shown();
    expect(surface.getAttribute('role')).toBe('alertdialog');
    expect(buttons()).toEqual([['Avbryt', false], ['Send', false]]);
    fireEvent.keyDown(surface, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows the action’s own icon on the confirm button when given one, and none otherwise', () => {
    const { surface } = shown({ confirmIcon: <SendRegular /> });
    expect(within(surface).getByTestId('asked-confirm').querySelector('svg')).not.toBeNull();
    cleanup();
    const plain = shown();
    expect(within(plain.surface).getByTestId('asked-confirm').querySelector('svg')).toBeNull();
  });

  it('while the action runs (busy), turns both buttons off and lets no Escape close it', () => {
    const { surface, buttons, onCancel, onConfirm } = shown({ busy: true });
    expect(buttons()).toEqual([['Avbryt', true], ['Send', true]]);
    fireEvent.keyDown(surface, { key: 'Escape' });
    fireEvent.click(within(surface).getByTestId('asked-confirm'));
    expect(onCancel).not.toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('in its last phase (closeLabel) shows the result with «Lukk» alone, which closes it, as Escape does', () => {
    const { surface, buttons, onCancel, onConfirm } = shown({ closeLabel: 'Lukk' });
    expect(buttons()).toEqual([['Lukk', false]]);
    expect(surface.textContent).toContain('Innkallingen sendes til 3 mottakere.');
    fireEvent.click(within(surface).getByTestId('asked-close'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(surface, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
