// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import type { RichText } from '../../domain/richText';
import { RichTextEditor } from './RichTextEditor';

afterEach(() => cleanup());

const para = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];

/** The tiptap editor behind the textbox (tiptap puts it on its DOM element). */
function editorOf(box: HTMLElement): Editor {
  const editor = (box as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('fant ikke redigeringsverktøyet');
  return editor;
}

/**
 * The editor showing "R", then the referent typing `letters` at the end, one keystroke each. `show`
 * hands the editor a value as its parent would (an echo, or a value from outside).
 */
async function typedAfterR(...letters: string[]) {
  const emitted: RichText[] = [];
  const onChange = (value: RichText) => emitted.push(value);
  const { rerender } = render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={onChange} />);
  const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
  const editor = editorOf(box);
  act(() => editor.commands.focus('end'));
  for (const letter of letters) act(() => void editor.commands.insertContent(letter));
  const show = (text: string) => rerender(<RichTextEditor label="Møtebehandling" value={para(text)} onChange={onChange} />);
  return { box, emitted, show };
}

describe('RichTextEditor', () => {
  it('never replaces newer typing with an older value of its own that comes back late, but takes a value from outside', async () => {
    const { box, emitted, show } = await typedAfterR('i', 'k');
    expect(emitted.map((value) => JSON.stringify(value))).toEqual([JSON.stringify(para('Ri')), JSON.stringify(para('Rik'))]);
    // The value of the first of them arrives after the second was typed (a late render, an echo).
    show('Ri');
    expect(box.textContent).toBe('Rik');
    show('Rik');
    expect(box.textContent).toBe('Rik');
    // Something else from outside (the stored text chosen after a conflict) is shown.
    show('Deres tekst.');
    expect(box.textContent).toBe('Deres tekst.');
    expect(emitted).toHaveLength(2);
  });

  it('shows a value from outside even when it equals something typed here moments ago (the other version taken after a conflict)', async () => {
    const { box, emitted, show } = await typedAfterR('i', 'k');
    // The parent echoes both keystrokes, in order.
    show('Ri');
    show('Rik');
    expect(box.textContent).toBe('Rik');
    // A save clashed; the referent takes the stored version ("theirs"), which happens to read "Ri".
    show('Ri');
    expect(box.textContent).toBe('Ri');
    expect(emitted).toHaveLength(2);
  });

  it('takes its own value back after a value from outside replaced it', async () => {
    const { box, show } = await typedAfterR('i');
    // Before the echo of "Ri" arrives, a value from outside replaces the text ("mine" given up) …
    show('Deres tekst.');
    expect(box.textContent).toBe('Deres tekst.');
    // … and then the user's own text is chosen again from outside: shown, not taken for a late echo.
    show('Ri');
    expect(box.textContent).toBe('Ri');
  });

  it('opens the link form on the first press of «Lenke» (its code fetched then) and links the selected text', async () => {
    const emitted: RichText[] = [];
    render(<RichTextEditor label="Møtebehandling" value={para('Se SiV')} onChange={(value) => emitted.push(value)} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    act(() => void editorOf(box).commands.setTextSelection({ from: 4, to: 7 }));
    const link = screen.getByRole('button', { name: 'Lenke' });
    expect(link.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => link.focus());
    fireEvent.click(link);
    const address = await screen.findByRole('textbox', { name: 'Lenkeadresse (https://…)' }, { timeout: 20_000 });
    expect(screen.getByRole('button', { name: 'Lenke', expanded: true })).toBeTruthy();
    fireEvent.change(address, { target: { value: 'https://www.siv.no' } });
    fireEvent.submit(address.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'SiV', href: 'https://www.siv.no' }] }]);
  });
});
