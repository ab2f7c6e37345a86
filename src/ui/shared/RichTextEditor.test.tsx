// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { TextSelection } from 'prosemirror-state';
import type { RichText } from '../../domain/richText';
import { RichTextEditor } from './RichTextEditor';
import { richTextState, setLink } from './richTextSchema';
import { richTextToDoc } from './richTextConversion';
import { editableDom } from './testing/editableDom';

// The editor is driven as the referent drives it: clicks, keys and pastes (user-event), which change
// the editable element as a browser would; ProseMirror reads its changes from there (jsdom: `editableDom`).
beforeAll(editableDom);

afterEach(() => cleanup());

const para = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];

/** The editor showing `value`, and a user to drive it; `emitted` collects what it hands its parent. */
async function editorWith(value: RichText) {
  const user = userEvent.setup();
  const emitted: RichText[] = [];
  const onChange = (next: RichText) => emitted.push(next);
  const { rerender } = render(<RichTextEditor label="Møtebehandling" value={value} onChange={onChange} />);
  const box = await screen.findByRole('textbox', { name: 'Møtebehandling' });
  /** Hands the editor a value as its parent would (an echo, or a value from outside). */
  const show = (next: RichText) => rerender(<RichTextEditor label="Møtebehandling" value={next} onChange={onChange} />);
  return { user, box, emitted, show };
}

/**
 * Selects the text between two offsets in what the editor shows with the mouse (the cursor at `from`
 * when `to` is left out; after the last line when both are). user-event puts the browser's selection
 * there; ProseMirror would work out its own from where the mouse is, but every box in jsdom is 0×0 at
 * the corner, so the press is off it (1, 1) and ProseMirror leaves the selection to the browser, as it
 * does for a press it cannot place. The editor has the focus first (as after Tab): in jsdom the focus
 * a press gives comes after the selection is placed and puts it back at the start.
 */
async function select(user: UserEvent, box: HTMLElement, from?: number, to = from) {
  if (document.activeElement !== box) act(() => box.focus());
  const coords = { clientX: 1, clientY: 1 };
  await user.pointer([{ keys: '[MouseLeft>]', target: box, offset: from, coords }, { offset: to, coords }, { keys: '[/MouseLeft]', coords }]);
}

/** The cursor at the end of what the editor shows, as after a click below its last line. */
const toEnd = (user: UserEvent, box: HTMLElement) => select(user, box);

/** A paste of HTML as a browser hands it to the page (jsdom has no clipboard of its own). */
async function pasteHtml(user: UserEvent, html: string) {
  const data = { types: ['text/html'], getData: (type: string) => (type === 'text/html' ? html : ''), items: [], files: [] };
  await user.paste(data as unknown as DataTransfer);
}

/** The editor showing "R", then the referent typing `letters` at the end. */
async function typedAfterR(letters: string) {
  const editor = await editorWith(para('R'));
  await toEnd(editor.user, editor.box);
  await editor.user.keyboard(letters);
  return { ...editor, show: (text: string) => editor.show(para(text)) };
}

describe('RichTextEditor', () => {
  it('never replaces newer typing with an older value of its own that comes back late, but takes a value from outside', async () => {
    const { box, emitted, show } = await typedAfterR('ik');
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
    const { box, emitted, show } = await typedAfterR('ik');
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
    const { user, box, emitted } = await editorWith(para('Se SiV'));
    await select(user, box, 3, 6);
    const link = screen.getByRole('button', { name: 'Lenke' });
    expect(link.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(link);
    const address = await screen.findByRole('textbox', { name: 'Lenkeadresse (https://…)' }, { timeout: 20_000 });
    expect(screen.getByRole('button', { name: 'Lenke', expanded: true })).toBeTruthy();
    await user.clear(address);
    await user.type(address, 'https://www.siv.no{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'SiV', href: 'https://www.siv.no' }] }]);
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://www.siv.no');
  });

  it('keeps the editable element as it was: a labelled, multi-line textbox described by its countdown', async () => {
    const { box } = await editorWith(para('R'));
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

  it('Tab in a list makes the point a sub-point of the one before, and Shift+Tab brings it back', async () => {
    const { user, box, emitted } = await editorWith(list);
    await toEnd(user, box);
    await user.keyboard('{Tab}');
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [{ content: [{ text: 'Første' }], list: { type: 'bulletList', items: [[{ text: 'Andre' }]] } }] }]);
    // The editor took the key: the focus stayed.
    expect(document.activeElement).toBe(box);
    expect(box.querySelector('ul ul')?.textContent).toBe('Andre');
    expect(screen.getByRole('button', { name: /Reduser innrykk/ }).hasAttribute('disabled')).toBe(false);
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(emitted.at(-1)).toEqual(list);
    expect(document.activeElement).toBe(box);
  });

  it('leaves Tab to the browser in a paragraph, on the first point (which cannot move) and on the empty line after a list: the keyboard is not trapped', async () => {
    const paragraph = await editorWith(para('Ingen liste'));
    await toEnd(paragraph.user, paragraph.box);
    await paragraph.user.keyboard('{Tab}');
    expect(document.activeElement).not.toBe(paragraph.box);
    await select(paragraph.user, paragraph.box, 0);
    await paragraph.user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).not.toBe(paragraph.box);
    expect(paragraph.emitted).toHaveLength(0);
    cleanup();
    const first = await editorWith(list);
    await select(first.user, first.box, 0);
    await first.user.keyboard('{Tab}');
    expect(document.activeElement).not.toBe(first.box);
    // (The trailing paragraph after the list is added on the first transaction: the same text.)
    expect(first.emitted.every((value) => JSON.stringify(value) === JSON.stringify(list))).toBe(true);
    cleanup();
    // Nor on the empty line after a list.
    const after = await editorWith([...list, ...para('')]);
    await toEnd(after.user, after.box);
    await after.user.keyboard('{Tab}');
    expect(document.activeElement).not.toBe(after.box);
    expect(after.emitted.every((value) => JSON.stringify(value) === JSON.stringify([...list, ...para('')]))).toBe(true);
  });

  it('Ctrl+B makes the selected text bold and back; Ctrl+I italic, Ctrl+U underlined', async () => {
    const { user, box, emitted } = await editorWith(para('Se SiV'));
    await select(user, box, 3, 6);
    await user.keyboard('{Control>}b{/Control}');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'SiV', bold: true }] }]);
    expect(screen.getByRole('button', { name: 'Fet' }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Control>}b{/Control}');
    expect(emitted.at(-1)).toEqual(para('Se SiV'));
    await user.keyboard('{Control>}iu{/Control}');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'SiV', italic: true, underline: true }] }]);
    expect(box.textContent).toBe('Se SiV');
  });

  it('Shift+Enter breaks the line within the paragraph; Enter in a list starts a new point; Ctrl+Z undoes', async () => {
    const { user, box, emitted } = await editorWith(para('R'));
    await toEnd(user, box);
    await user.keyboard('{Shift>}{Enter}{/Shift}x');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'R\nx' }] }]);
    expect(box.querySelector('p br')).not.toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(emitted.at(-1)).toEqual(para('R'));
    await user.keyboard('{Control>}y{/Control}');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'R\nx' }] }]);
    cleanup();
    const inList = await editorWith(list);
    await toEnd(inList.user, inList.box);
    await inList.user.keyboard('{Enter}Tredje');
    expect(inList.emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'Første' }], [{ text: 'Andre' }], [{ text: 'Tredje' }]] }]);
  });

  it('Tab at the start of a paragraph right after a list makes it part of the last point (a line of it)', async () => {
    const { user, box, emitted } = await editorWith([...list, ...para('Etter')]);
    await select(user, box, 'FørsteAndre'.length + 1);
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{Tab}');
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'Første' }], [{ text: 'Andre' }, { text: ' ' }, { text: 'Etter' }]] }]);
    expect(document.activeElement).toBe(box);
  });

  it('makes a list of "- " typed at the start of a line', async () => {
    const { user, box, emitted } = await editorWith([]);
    await toEnd(user, box);
    await user.keyboard('- Punkt');
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'Punkt' }]] }]);
    expect(box.querySelector('ul li')?.textContent).toBe('Punkt');
  });
});

describe('RichTextEditor links', () => {
  async function typedInto(text: string) {
    const editor = await editorWith([]);
    await toEnd(editor.user, editor.box);
    if (text) await editor.user.keyboard(text);
    return editor;
  }

  it('links a typed https:// address when a space follows it, and not the space or what comes after', async () => {
    const { box, emitted } = await typedInto('Se https://www.siv.no for mer');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'https://www.siv.no', href: 'https://www.siv.no' }, { text: ' for mer' }] }]);
    expect(box.querySelector('a')?.textContent).toBe('https://www.siv.no');
  });

  it('links an address that Enter ends, in a list as in a paragraph', async () => {
    const { user, emitted } = await typedInto('- https://www.siv.no');
    await user.keyboard('{Enter}');
    expect(emitted.at(-1)).toEqual([{ type: 'bulletList', items: [[{ text: 'https://www.siv.no', href: 'https://www.siv.no' }], []] }]);
  });

  it('shows a value from outside as it came: an address in it is not linked on the way', async () => {
    const { box, emitted, show } = await editorWith(para('R'));
    show([...para('Se https://www.siv.no'), ...para('Neste')]);
    expect(box.textContent).toBe('Se https://www.siv.noNeste');
    expect(box.querySelector('a')).toBeNull();
    expect(emitted).toHaveLength(0);
  });

  it('links a typed e-mail address to mailto:', async () => {
    const { emitted } = await typedInto('Skriv til post@siv.no ');
    expect(emitted.at(-1)).toEqual([{ type: 'paragraph', content: [{ text: 'Skriv til ' }, { text: 'post@siv.no', href: 'mailto:post@siv.no' }, { text: ' ' }] }]);
  });

  it('never makes a javascript:, data: or plain http link, typed, pasted or set', async () => {
    const { user, box, emitted } = await typedInto('javascript:alert(1) data:text/html,x http://example.com ');
    expect(emitted.at(-1)).toBeDefined();
    expect(JSON.stringify(emitted.at(-1))).not.toContain('href');
    const typed = emitted.length;
    await pasteHtml(user, '<p><a href="javascript:alert(1)">farlig</a> <a href="JAVASCRIPT:alert(1)">også</a></p>');
    expect(emitted.length).toBeGreaterThan(typed);
    expect(JSON.stringify(emitted.at(-1))).not.toContain('href');
    expect(box.querySelector('a')).toBeNull();
    // The toolbar's command refuses it too (the form does not offer it, but the command is the last word).
    const state = richTextState(richTextToDoc(para('farlig')));
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 5)));
    expect(setLink('javascript:alert(1)')(selected, () => undefined)).toBe(false);
  });

  it('keeps only what RichText holds from pasted HTML: a safe link, bold, a list', async () => {
    const { user, box, emitted } = await typedInto('');
    await pasteHtml(user, '<h2>Tittel</h2><p><b>fett</b> <a href="https://ok.no" onclick="alert(1)">trygg</a><img src=x onerror=alert(1)></p><ul><li>punkt</li></ul>');
    expect(emitted.at(-1)).toEqual([
      { type: 'paragraph', content: [{ text: 'Tittel' }] },
      { type: 'paragraph', content: [{ text: 'fett', bold: true }, { text: ' ' }, { text: 'trygg', href: 'https://ok.no' }] },
      { type: 'bulletList', items: [[{ text: 'punkt' }]] },
    ]);
    expect(box.innerHTML).not.toMatch(/onclick|onerror|<img/);
  });
});
