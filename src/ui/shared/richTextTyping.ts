import { listItemParts, type Block, type Inline, type ListBlock, type ListItem, type RichText } from '../../domain/richText';

/**
 * What a key typed into the rich-text editor's stand-in does (`LazyRichTextEditor.tsx`, while the
 * editor's chunk is on its way): text typed or pasted, a new line, or the last character taken back.
 * Always at the end of the text, where the editor puts the caret when it takes over.
 */
export type TypedAtEnd = { kind: 'text'; text: string } | { kind: 'enter' } | { kind: 'backspace' };

/**
 * The rich text with `typed` applied at its end, as the editor would have done it with the caret
 * there: text joins the last line (a paragraph, or the deepest last point of a list; a link does not
 * grow, bold and italic do), a line break in pasted text is Enter; Enter starts a new paragraph, or a
 * new point after a point with text, and on an empty point leaves the list (one level up); Backspace
 * takes the last character back, or removes an empty last line. Never throws; a table at the end
 * gets a paragraph after it.
 */
export function typeAtEnd(richText: RichText, typed: TypedAtEnd): RichText {
  switch (typed.kind) {
    case 'text':
      return typed.text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .reduce<RichText>((text, line, index) => appendText(index === 0 ? text : enter(text), withoutControlCharacters(line)), richText);
    case 'enter':
      return enter(richText);
    case 'backspace':
      return backspace(richText);
  }
}

/** Characters the schema refuses in text (`domain/textRules.ts`): a tab or another control character from a paste. */
function withoutControlCharacters(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

function appendText(richText: RichText, text: string): RichText {
  if (text === '') return richText;
  const last = richText.at(-1);
  if (!last || last.type === 'table') return [...richText, { type: 'paragraph', content: appendToLine([], text) }];
  return [...richText.slice(0, -1), withLastLine(last, (line) => appendToLine(line, text))];
}

/** Text joins the last run unless that is a link (a link ends where it ends); formatting goes on. */
function appendToLine(line: readonly Inline[], text: string): Inline[] {
  const last = line.at(-1);
  if (!last) return [{ text }];
  if (last.href === undefined) return [...line.slice(0, -1), { ...last, text: last.text + text }];
  const { href: _link, ...formatting } = last;
  return [...line, { ...formatting, text }];
}

function enter(richText: RichText): RichText {
  const last = richText.at(-1);
  if (!last) return [emptyParagraph(), emptyParagraph()];
  if (last.type === 'paragraph' || last.type === 'table') return [...richText, emptyParagraph()];
  const { list, left } = enterInList(last);
  return [...richText.slice(0, -1), ...(list ? [list] : []), ...(left ? [emptyParagraph()] : [])];
}

/**
 * Enter at the end of a list: a new point after the deepest last point; on an empty one, that point
 * moves one level up (`left`: out of the list, a paragraph after it; `list` undefined when it was the
 * list's only point).
 */
function enterInList(list: ListBlock): { list: ListBlock | undefined; left: boolean } {
  const lastItem = list.items.at(-1);
  if (lastItem === undefined) return { list, left: true };
  const { content, list: sub } = listItemParts(lastItem);
  if (sub) {
    const inner = enterInList(sub);
    if (!inner.left) return { list: { ...list, items: [...list.items.slice(0, -1), withSubList(content, inner.list)] }, left: false };
    // The empty point came up one level: a new point of this list.
    return { list: { ...list, items: [...list.items.slice(0, -1), withSubList(content, inner.list), []] }, left: false };
  }
  if (isEmptyLine(content)) {
    const items = list.items.slice(0, -1);
    return { list: items.length > 0 ? { ...list, items } : undefined, left: true };
  }
  return { list: { ...list, items: [...list.items, []] }, left: false };
}

function backspace(richText: RichText): RichText {
  const last = richText.at(-1);
  if (!last || last.type === 'table') return richText;
  if (last.type === 'paragraph') {
    if (isEmptyLine(last.content)) return richText.slice(0, -1);
    return [...richText.slice(0, -1), { ...last, content: withoutLastCharacter(last.content) }];
  }
  const list = backspaceInList(last);
  return [...richText.slice(0, -1), ...(list ? [list] : [])];
}

function backspaceInList(list: ListBlock): ListBlock | undefined {
  const lastItem = list.items.at(-1);
  if (lastItem === undefined) return undefined;
  const { content, list: sub } = listItemParts(lastItem);
  if (sub) return { ...list, items: [...list.items.slice(0, -1), withSubList(content, backspaceInList(sub))] };
  if (isEmptyLine(content)) {
    const items = list.items.slice(0, -1);
    return items.length > 0 ? { ...list, items } : undefined;
  }
  return { ...list, items: [...list.items.slice(0, -1), withoutLastCharacter(content)] };
}

/** The line without its last character (a whole emoji or letter with its accent, not half of one); empty runs dropped. */
function withoutLastCharacter(line: readonly Inline[]): Inline[] {
  const runs = line.filter((inline) => inline.text.length > 0);
  const last = runs.at(-1);
  if (!last) return [];
  const characters = graphemes(last.text);
  const text = characters.slice(0, -1).join('');
  return text === '' ? runs.slice(0, -1) : [...runs.slice(0, -1), { ...last, text }];
}

function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
  return [...text];
}

function withLastLine(block: Exclude<Block, { type: 'table' }>, change: (line: readonly Inline[]) => Inline[]): Block {
  if (block.type === 'paragraph') return { ...block, content: change(block.content) };
  return changeLastLineOfList(block, change);
}

function changeLastLineOfList(list: ListBlock, change: (line: readonly Inline[]) => Inline[]): ListBlock {
  const lastItem = list.items.at(-1);
  if (lastItem === undefined) return { ...list, items: [change([])] };
  const { content, list: sub } = listItemParts(lastItem);
  const item: ListItem = sub ? withSubList(content, changeLastLineOfList(sub, change)) : change(content);
  return { ...list, items: [...list.items.slice(0, -1), item] };
}

function withSubList(content: Inline[], sub: ListBlock | undefined): ListItem {
  return sub ? { content, list: sub } : content;
}

function isEmptyLine(line: readonly Inline[]): boolean {
  return line.every((inline) => inline.text === '');
}

function emptyParagraph(): Block {
  return { type: 'paragraph', content: [] };
}
