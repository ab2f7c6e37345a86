// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { RichTextEditor } from './LazyRichTextEditor';

afterEach(() => cleanup());

describe('LazyRichTextEditor', () => {
  it('shows the field’s label and an announced loading state until the editor has loaded, then the labelled editor', async () => {
    const value = [{ type: 'paragraph' as const, content: [{ text: 'Saken ble drøftet.' }] }];
    render(<RichTextEditor label="Møtebehandling" value={value} onChange={() => undefined} />);
    expect(screen.getByText('Møtebehandling')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Laster redigeringsverktøyet …' })).toBeTruthy();
    const editor = await screen.findByRole('textbox', { name: 'Møtebehandling' }, { timeout: 20_000 });
    expect(editor.textContent).toBe('Saken ble drøftet.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
