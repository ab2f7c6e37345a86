// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider } from '@fluentui/react-components';
import { PlainFluentProvider } from './PlainFluentProvider';

afterEach(() => cleanup());

describe('PlainFluentProvider', () => {
  it('renders what Fluent FluentProvider renders for Møtebok’s provider: the element, its classes, lang and dir', () => {
    render(
      <>
        <div data-testid="fluent">
          <FluentProvider theme={{}} lang="nb">
            <p>Saksliste</p>
          </FluentProvider>
        </div>
        <div data-testid="ours">
          <PlainFluentProvider theme={{}} lang="nb">
            <p>Saksliste</p>
          </PlainFluentProvider>
        </div>
      </>,
    );
    // The ids of their theme classes differ (one each); everything else is the same.
    const withoutIds = (html: string) => html.replace(/fui-FluentProvider_r_[0-9a-z]+_/g, 'fui-FluentProvider-id');
    const ours = screen.getByTestId('ours').innerHTML;
    expect(withoutIds(ours)).toBe(withoutIds(screen.getByTestId('fluent').innerHTML));
    expect(ours).toContain('lang="nb"');
    expect(ours).toContain('dir="ltr"');
  });

  it('marks the element the keyboard focuses for Fluent’s focus outline once its polyfill has arrived, and not one the mouse focuses', async () => {
    render(
      <PlainFluentProvider theme={{}}>
        <button type="button">Lagre</button>
        <button type="button">Avbryt</button>
      </PlainFluentProvider>,
    );
    const save = screen.getByRole('button', { name: 'Lagre' });
    const cancel = screen.getByRole('button', { name: 'Avbryt' });
    // The polyfill's chunk comes after the first render: wait until the keyboard's Tab marks the focus.
    await waitFor(() => {
      act(() => {
        save.blur();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', keyCode: 9, bubbles: true }));
        save.focus();
      });
      expect(save.hasAttribute('data-fui-focus-visible')).toBe(true);
    });
    act(() => {
      cancel.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, buttons: 1, clientX: 10, clientY: 10, screenX: 10, screenY: 10 }));
      cancel.focus();
    });
    expect(cancel.hasAttribute('data-fui-focus-visible')).toBe(false);
    expect(save.hasAttribute('data-fui-focus-visible')).toBe(false);
  });
});
