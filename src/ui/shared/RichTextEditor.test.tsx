// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Selection, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { RichText } from '../../domain/richText';
import { RichTextEditor } from './RichTextEditor';
import { viewOf } from './useProseMirror';
import { setLink } from './richTextSchema';

afterEach(() => cleanup());

const para = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];

/** The ProseMirror view behind the textbox. */
function editorOf(box: HTMLElement): EditorView {
  const view = viewOf(box);
  if (!view) throw new Error('fant ikke redigeringsverktøyet');
  return view;
}

/** Typed as the browser hands typing to the editor: through its input rules, else inserted. */
function type(view: EditorView, text: string) {
  for (const character of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(character, from, to);
    act(() => {
      if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, character, insert))) view.dispatch(insert());
    });
  }
}

/** A paste of HTML as the browser hands it over (jsdom has no ClipboardEvent). */
const paste = (view: EditorView, html: string) => act(() => void view.pasteHTML(html, new Event('paste') as ClipboardEvent));

const atEnd = (view: EditorView) => act(() => view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc))));

/**
 * The editor showing "R", then the referent typing `letters` at the end, one keystroke each. `show`
 * hands the editor a value as its parent would (an echo, or a value from outside).
 */
async function typedAfterR(...letters: string[]) {
  const emitted: RichText[] = [];
  const onChange = (value: RichText) => emitted.push(value);
  const { rerender } = render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={onChange} />);
  const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
  const view = editorOf(box);
  atEnd(view);
  for (const letter of letters) act(() => view.dispatch(view.state.tr.insertText(letter)));
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
    const view = editorOf(box);
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 4, 7))));
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

  it('keeps the editable element as it was: a labelled, multi-line textbox described by its countdown', async () => {
    render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={() => undefined} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    expect(box.classList.contains('ProseMirror')).toBe(true);
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')).not.toBeNull();
    expect(box.getAttribute('aria-readonly')).toBeNull();
  });

  it('is read-only when asked: not editable, said so, no toolbar', async () => {
    render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={() => undefined} readOnly />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    expect(box.getAttribute('contenteditable')).toBe('false');
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(screen.queryByRole('toolbar')).toBeNull();
  });
});

describe('RichTextEditor keys', () => {
  const list: RichText = [{ type: 'bulletList', items: [[{ text: 'Første' }], [{ text: 'Andre' }]] }];

  async function editorWith(value: RichText) {
    const emitted: RichText[] = [];
    render(<RichTextEditor label="Møtebehandling" value={value} onChange={(next) => emitted.push(next)} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    return { box, view: editorOf(box), emitted };
  }

  it('Tab in a list makes the point a sub-point of the one before, and Shift+Tab brings it back', async () => {
    const { box, view, emitted } = await editorWith(list);
    atEnd(view);
    // fireEvent answers false when the editor took the key (preventDefault).
    expect(fireEvent.keyDown(box, { key: 'Tab' })).toBe(false);
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [{ content: [{ text: 'Første' }], list: { type: 'bulletList', items: [[{ text: 'Andre' }]] } }] }]);
    expect(screen.getByRole('button', { name: /Reduser innrykk/ }).hasAttribute('disabled')).toBe(false);
    expect(fireEvent.keyDown(box, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(emitted.at(-1)).toEqual(list);
  });

  it('leaves Tab to the browser in a paragraph, on the first point (which cannot move) and on the empty line after a list: the keyboard is not trapped', async () => {
    const { box, view, emitted } = await editorWith(para('Ingen liste'));
    atEnd(view);
    expect(fireEvent.keyDown(box, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(box, { key: 'Tab', shiftKey: true })).toBe(true);
    cleanup();
    const first = await editorWith(list);
    act(() => first.view.dispatch(first.view.state.tr.setSelection(Selection.atStart(first.view.state.doc))));
    expect(fireEvent.keyDown(first.box, { key: 'Tab' })).toBe(true);
    expect(emitted).toHaveLength(0);
    // Nor on the empty line after a list.
    cleanup();
    const after = await editorWith([...list, ...para('')]);
    atEnd(after.view);
    expect(fireEvent.keyDown(after.box, { key: 'Tab' })).toBe(true);
    cleanup();
    // (The trailing paragraph after the list is added on the first transaction: the same text.)
    expect(first.emitted.every((value) => JSON.stringify(value) === JSON.stringify(list))).toBe(true);
  });

  it('Ctrl+B makes the selected text bold and back; Ctrl+I italic, Ctrl+U underlined', async () => {
    const { box, view, emitted } = await editorWith(para('Se SiV'));
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 4, 7))));
    fireEvent.keyDown(box, { key: 'b', ctrlKey: true });
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'SiV', bold: true }] }]);
    expect(screen.getByRole('button', { name: 'Fet' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(box, { key: 'b', ctrlKey: true });
    expect(emitted.at(-1)).toEqual(para('Se SiV'));
    fireEvent.keyDown(box, { key: 'i', ctrlKey: true });
    fireEvent.keyDown(box, { key: 'u', ctrlKey: true });
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'SiV', italic: true, underline: true }] }]);
  });

  it('Shift+Enter breaks the line within the paragraph; Enter in a list starts a new point; Ctrl+Z undoes', async () => {
    const { box, view, emitted } = await editorWith(para('R'));
    atEnd(view);
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    type(view, 'x');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'R\nx' }] }]);
    fireEvent.keyDown(box, { key: 'z', ctrlKey: true });
    expect(emitted.at(-1)).toEqual(para('R'));
    fireEvent.keyDown(box, { key: 'y', ctrlKey: true });
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'R\nx' }] }]);
    cleanup();
    const inList = await editorWith(list);
    atEnd(inList.view);
    fireEvent.keyDown(inList.box, { key: 'Enter' });
    type(inList.view, 'Tredje');
    expect(inList.emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'Første' }], [{ text: 'Andre' }], [{ text: 'Tredje' }]] }]);
  });

  it('Tab at the start of a paragraph right after a list makes it part of the last point (a line of it)', async () => {
    const { box, view, emitted } = await editorWith([...list, ...para('Etter')]);
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.doc.content.size - 'Etter'.length - 1))));
    expect(fireEvent.keyDown(box, { key: 'Tab' })).toBe(false);
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'Første' }], [{ text: 'Andre' }, { text: ' ' }, { text: 'Etter' }]] }]);
  });

  it('makes a list of "- " typed at the start of a line', async () => {
    const { view, emitted } = await editorWith([]);
    type(view, '- Punkt');
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'Punkt' }]] }]);
  });
});

describe('RichTextEditor links', () => {
  async function typedInto(text: string) {
    const emitted: RichText[] = [];
    render(<RichTextEditor label="Møtebehandling" value={[]} onChange={(next) => emitted.push(next)} />);
    const view = editorOf(await screen.findByRole('textbox', { name: 'Møtebehandling' }));
    type(view, text);
    return { view, emitted };
  }

  it('links a typed https:// address when a space follows it, and not the space or what comes after', async () => {
    const { emitted } = await typedInto('Se https://www.siv.no for mer');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'https://www.siv.no', href: 'https://www.siv.no' }, { text: ' for mer' }] }]);
  });

  it('links an address that Enter ends, in a list as in a paragraph', async () => {
    const { emitted } = await typedInto('- https://www.siv.no');
    const list = screen.getByRole('textbox', { name: 'Møtebehandling' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'https://www.siv.no', href: 'https://www.siv.no' }], []] }]);
  });

  it('shows a value from outside as it came: an address in it is not linked on the way', async () => {
    const emitted: RichText[] = [];
    const onChange = (next: RichText) => emitted.push(next);
    const { rerender } = render(<RichTextEditor label="Møtebehandling" value={para('R')} onChange={onChange} />);
    const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
    const outside: RichText = [...para('Se https://www.siv.no'), ...para('Neste')];
    rerender(<RichTextEditor label="Møtebehandling" value={outside} onChange={onChange} />);
    expect(box.textContent).toBe('Se https://www.siv.noNeste');
    expect(box.querySelector('a')).toBeNull();
    expect(emitted).toHaveLength(0);
  });

  it('links a typed e-mail address to mailto:', async () => {
    const { emitted } = await typedInto('Skriv til post@siv.no ');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Skriv til ' }, { text: 'post@siv.no', href: 'mailto:post@siv.no' }, { text: ' ' }] }]);
  });

  it('never makes a javascript:, data: or plain http link, typed, pasted or set', async () => {
    const { view, emitted } = await typedInto('javascript:alert(1) data:text/html,x http://example.com ');
    expect(JSON.stringify(emitted.at(-1))).not.toContain('href');
    paste(view, '<p><a href="javascript:alert(1)">farlig</a> <a href="JAVASCRIPT:alert(1)">også</a></p>');
    expect(JSON.stringify(emitted.at(-1))).not.toContain('href');
    expect(view.dom.querySelector('a')).toBeNull();
    // The toolbar's command refuses it too (the form does not offer it, but the command is the last word).
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1, 5))));
    expect(setLink('javascript:alert(1)')(view.state, view.dispatch)).toBe(false);
    expect(view.dom.querySelector('a')).toBeNull();
  });

  it('keeps only what RichText holds from pasted HTML: a safe link, bold, a list', async () => {
    const { view, emitted } = await typedInto('');
    paste(view, '<h2>Tittel</h2><p><b>fett</b> <a href="https://ok.no" onclick="alert(1)">trygg</a><img src=x onerror=alert(1)></p><ul><li>punkt</li></ul>');
    expect(emitted.at(-1)).toEqual([
      { type: 'paragraph', content: [{ text: 'Tittel' }] },
      { type: 'paragraph', content: [{ text: 'fett', bold: true }, { text: ' ' }, { text: 'trygg', href: 'https://ok.no' }] },
      { type: 'bulletList', items: [[{ text: 'punkt' }]] },
    ]);
    expect(view.dom.innerHTML).not.toMatch(/onclick|onerror|<img/);
  });
});
