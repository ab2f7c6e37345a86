// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import type { RichText } from '../../domain/richText';
import { RichTextEditor } from './LazyRichTextEditor';
import { loadableView } from './loadableView';
import type { RichTextEditorProps } from './RichTextEditor';
import { editableDom } from './testing/editableDom';

beforeAll(editableDom);

afterEach(() => cleanup());

const para = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];

/**
 * The editor's chunk as the test releases it: the real editor, held back until `arrive()`; `fail()`
 * makes the fetches made so far fail (the network gone), `fetches` counts them.
 */
function heldEditorChunk() {
  let fetches = 0;
  let release: (() => void) | undefined;
  let refuse: ((error: Error) => void) | undefined;
  const chunk = loadableView<RichTextEditorProps>(() => {
    fetches += 1;
    return new Promise<void>((resolve, reject) => {
      release = resolve;
      refuse = reject;
    }).then(() => import('./RichTextEditor').then((module) => module.RichTextEditor));
  });
  return {
    chunk,
    fetches: () => fetches,
    arrive: async () => {
      await waitFor(() => expect(release).toBeDefined());
      await act(async () => {
        release?.();
        await chunk.preload();
      });
    },
    fail: async () => {
      await waitFor(() => expect(refuse).toBeDefined());
      await act(async () => {
        const failing = refuse;
        release = undefined;
        refuse = undefined;
        failing?.(new Error('ChunkLoadError'));
        await Promise.resolve();
      });
    },
  };
}

/** The field in a parent that keeps what it is handed, as the recorder's session does. */
function Field({ chunk, start, readOnly = false, saved }: { chunk: ReturnType<typeof heldEditorChunk>['chunk']; start: RichText; readOnly?: boolean; saved: RichText[] }) {
  const [value, setValue] = useState(start);
  return (
    <RichTextEditor
      chunk={chunk}
      label="Møtebehandling"
      value={value}
      readOnly={readOnly}
      onChange={(next) => {
        saved.push(next);
        setValue(next);
      }}
    />
  );
}

describe('LazyRichTextEditor', () => {
  it('shows the text in a labelled, focusable box until the editor is here, applies what she types there, and hands the editor the focus with the caret at the end', async () => {
    const user = userEvent.setup();
    const held = heldEditorChunk();
    const saved: RichText[] = [];
    render(<Field chunk={held.chunk} start={[{ type: 'bulletList', items: [[{ text: 'Rekruttering', bold: true }]] }]} saved={saved} />);
    const box = screen.getByRole('textbox', { name: 'Møtebehandling' });
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('aria-busy')).toBe('true');
    expect(box.querySelector('ul > li > p > strong')?.textContent).toBe('Rekruttering');
    expect(screen.getByText('Laster redigeringsverktøyet …')).toBeTruthy();
    // Focusing the box fetches the editor at once, without waiting for the page to be idle.
    await user.click(box);
    expect(document.activeElement).toBe(box);
    expect(held.fetches()).toBe(1);
    await user.keyboard(' og stabilitet{Enter}Legevakt{Enter}{Enter}Saken ble drøftet.x{Backspace}');
    const typed: RichText = [
      { type: 'bulletList', items: [[{ text: 'Rekruttering og stabilitet', bold: true }], [{ text: 'Legevakt' }]] },
      { type: 'paragraph', content: [{ text: 'Saken ble drøftet.' }] },
    ];
    expect(saved.at(-1)).toEqual(typed);
    // Shortcuts and Tab are not text: Tab leaves the box (the keyboard is never caught).
    await user.keyboard('{Control>}b{/Control}');
    expect(saved.at(-1)).toEqual(typed);

    await held.arrive();
    const editor = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    await waitFor(() => expect(document.activeElement?.classList.contains('ProseMirror')).toBe(true));
    expect(screen.queryByTestId('rich-text-stand-in')).toBeNull();
    expect(editor.getAttribute('contenteditable')).toBe('true');
    expect(editor.textContent).toBe('Rekruttering og stabilitetLegevaktSaken ble drøftet.');
    // The caret is at the end: her next key goes on where she stopped.
    await user.keyboard(' Enighet.');
    await waitFor(() => expect(saved.at(-1)?.at(-1)).toEqual({ type: 'paragraph', content: [{ text: 'Saken ble drøftet. Enighet.' }] }));
  });

  it('says in Norwegian when the editor cannot be fetched, keeps what she types, and swaps the editor in once a retry brings it', async () => {
    const user = userEvent.setup();
    const held = heldEditorChunk();
    const saved: RichText[] = [];
    render(<Field chunk={held.chunk} start={para('Innledning.')} saved={saved} />);
    const box = screen.getByRole('textbox', { name: 'Møtebehandling' });
    await user.click(box);
    // The fetch and its one retry fail.
    await held.fail();
    await held.fail();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Redigeringsverktøyet kunne ikke lastes');
    act(() => box.focus());
    await user.keyboard(' Mer.');
    expect(saved.at(-1)).toEqual(para('Innledning. Mer.'));
    expect(box.textContent).toBe('Innledning. Mer.');
    // «Prøv igjen» fetches it again; its arrival swaps the editor in with the text she wrote.
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    await held.arrive();
    const editor = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    await waitFor(() => expect(editor.getAttribute('contenteditable')).toBe('true'));
    expect(editor.textContent).toBe('Innledning. Mer.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fetches the editor once the page is idle after the field is shown, and swaps it in whoever fetched it', async () => {
    const held = heldEditorChunk();
    render(<Field chunk={held.chunk} start={para('Saken ble drøftet.')} saved={[]} />);
    expect(held.fetches()).toBe(0);
    await waitFor(() => expect(held.fetches()).toBe(1), { timeout: 5_000 });
    await held.arrive();
    const editor = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    await waitFor(() => expect(editor.getAttribute('contenteditable')).toBe('true'));
    // Nobody had focused the box: the editor takes no focus.
    expect(document.activeElement).toBe(document.body);
  });

  it('read-only: the text in the same box, said read-only, neither focusable nor changed by keys', async () => {
    const held = heldEditorChunk();
    const saved: RichText[] = [];
    render(<Field chunk={held.chunk} start={para('Godkjent.')} readOnly saved={saved} />);
    const box = screen.getByRole('textbox', { name: 'Møtebehandling' });
    expect(screen.getByTestId('rich-text-stand-in').contains(box)).toBe(true);
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(box.getAttribute('tabindex')).toBeNull();
    fireEvent.keyDown(box, { key: 'a' });
    expect(saved).toEqual([]);
    expect(screen.queryByText('Laster redigeringsverktøyet …')).toBeNull();
  });
});
