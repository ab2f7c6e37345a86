// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
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

describe('RichTextEditor', () => {
  it('never replaces newer typing with an older value of its own that comes back late, but takes a value from outside', async () => {
    const emitted: RichText[] = [];
    const onChange = (value: RichText) => emitted.push(value);
    const { rerender } = render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={onChange} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    const editor = editorOf(box);
    // The referent types two more letters at the end.
    act(() => {
      editor.commands.focus('end');
      editor.commands.insertContent('i');
    });
    act(() => {
      editor.commands.insertContent('k');
    });
    expect(emitted.map((value) => JSON.stringify(value))).toEqual([JSON.stringify(para('Ri')), JSON.stringify(para('Rik'))]);
    // The value of the first of them arrives after the second was typed (a late render, an echo).
    rerender(<RichTextEditor label="Møtebehandling" value={para('Ri')} onChange={onChange} />);
    expect(box.textContent).toBe('Rik');
    rerender(<RichTextEditor label="Møtebehandling" value={para('Rik')} onChange={onChange} />);
    expect(box.textContent).toBe('Rik');
    // Something else from outside (the stored text chosen after a conflict) is shown.
    rerender(<RichTextEditor label="Møtebehandling" value={para('Deres tekst.')} onChange={onChange} />);
    expect(box.textContent).toBe('Deres tekst.');
    expect(emitted).toHaveLength(2);
  });

  it('shows a value from outside even when it equals something typed here moments ago (the other version taken after a conflict)', async () => {
    const emitted: RichText[] = [];
    const onChange = (value: RichText) => emitted.push(value);
    const { rerender } = render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={onChange} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    const editor = editorOf(box);
    act(() => {
      editor.commands.focus('end');
      editor.commands.insertContent('i');
    });
    act(() => {
      editor.commands.insertContent('k');
    });
    // The parent echoes both keystrokes, in order.
    rerender(<RichTextEditor label="Møtebehandling" value={para('Ri')} onChange={onChange} />);
    rerender(<RichTextEditor label="Møtebehandling" value={para('Rik')} onChange={onChange} />);
    expect(box.textContent).toBe('Rik');
    // A save clashed; the referent takes the stored version ("theirs"), which happens to read "Ri".
    rerender(<RichTextEditor label="Møtebehandling" value={para('Ri')} onChange={onChange} />);
    expect(box.textContent).toBe('Ri');
    expect(emitted).toHaveLength(2);
  });

  it('takes its own value back after a value from outside replaced it', async () => {
    const emitted: RichText[] = [];
    const { rerender } = render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={(value) => emitted.push(value)} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    const editor = editorOf(box);
    act(() => {
      editor.commands.focus('end');
      editor.commands.insertContent('i');
    });
    // Before the echo of "Ri" arrives, a value from outside replaces the text ("mine" given up) …
    rerender(<RichTextEditor label="Møtebehandling" value={para('Deres tekst.')} onChange={(value) => emitted.push(value)} />);
    expect(box.textContent).toBe('Deres tekst.');
    // … and then the user's own text is chosen again from outside: shown, not taken for a late echo.
    rerender(<RichTextEditor label="Møtebehandling" value={para('Ri')} onChange={(value) => emitted.push(value)} />);
    expect(box.textContent).toBe('Ri');
  });
});
