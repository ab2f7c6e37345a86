import { Fragment, Schema, type Mark, type MarkType, type NodeType, type ResolvedPos } from 'prosemirror-model';
import { EditorState, Plugin, TextSelection, type Command } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { InputRule, inputRules, undoInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import { safeLinkUrl } from '../../domain/safeUrl';
import { autolink, PREVENT_AUTOLINK } from './richTextAutolink';

/**
 * The editor's schema: exactly what the domain's RichText holds — paragraphs with line breaks,
 * bullet and numbered lists (nested), bold, italic, underline and links (https and mailto only,
 * `safeLinkUrl`). The node and mark names are those of the editor's JSON that `richTextConversion.ts`
 * reads and writes (`bulletList`, `orderedList`, `listItem`, `hardBreak`, …). Pasted HTML is parsed by
 * these rules, so a paste keeps only what they know (a `javascript:` link is no link).
 */
export const richTextSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    // The first block is the one ProseMirror makes by default (Enter, a paste's loose text).
    paragraph: { group: 'block', content: 'inline*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true, selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
    bulletList: { group: 'block list', content: 'listItem+', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
    orderedList: {
      group: 'block list',
      content: 'listItem+',
      attrs: { start: { default: 1 } },
      parseDOM: [{ tag: 'ol', getAttrs: (dom) => ({ start: dom.hasAttribute('start') ? Number(dom.getAttribute('start')) || 1 : 1 }) }],
      toDOM: (node) => ['ol', node.attrs.start === 1 ? {} : { start: String(node.attrs.start) }, 0],
    },
    listItem: { content: 'paragraph block*', defining: true, parseDOM: [{ tag: 'li' }], toDOM: () => ['li', 0] },
  },
  // The link first: the outermost element when marks nest, as before.
  marks: {
    link: {
      attrs: { href: {} },
      // Typing at the end of a link continues it; a space typed there is not linked (the autolink plugin).
      inclusive: true,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (dom) => {
            const href = safeLinkUrl(dom.getAttribute('href') ?? undefined);
            return href === undefined ? false : { href };
          },
        },
      ],
      toDOM: (mark) => ['a', { href: safeLinkUrl(mark.attrs.href as string) ?? '', target: '_blank', rel: 'noopener noreferrer nofollow' }, 0],
    },
    bold: {
      parseDOM: [
        { tag: 'strong' },
        { tag: 'b', getAttrs: (node) => node.style.fontWeight !== 'normal' && null },
        { style: 'font-weight=400', clearMark: (mark) => mark.type.name === 'bold' },
        { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
      ],
      toDOM: () => ['strong', 0],
    },
    italic: {
      parseDOM: [
        { tag: 'em' },
        { tag: 'i', getAttrs: (node) => node.style.fontStyle !== 'normal' && null },
        { style: 'font-style=normal', clearMark: (mark) => mark.type.name === 'italic' },
        { style: 'font-style=italic' },
      ],
      toDOM: () => ['em', 0],
    },
    underline: {
      parseDOM: [{ tag: 'u' }, { style: 'text-decoration', consuming: false, getAttrs: (style) => (style.includes('underline') ? {} : false) }],
      toDOM: () => ['u', 0],
    },
  },
});

const { nodes, marks } = richTextSchema;
const listItem = nodes.listItem;

/** The editor's state for a document in its JSON (`richTextToDoc`), with its keys and plugins. */
export function richTextState(doc: unknown): EditorState {
  return EditorState.create({ doc: richTextSchema.nodeFromJSON(doc), plugins: richTextPlugins() });
}

/**
 * Besides the schema: the keys (marks, lists, line break, undo/redo), Markdown-like shortcuts as
 * typed, undo/redo history, the drop cursor when text is dragged, the gap cursor, the trailing
 * paragraph that lets the cursor leave a list at the end of the text, and links made of typed or
 * pasted https:// and e-mail addresses.
 */
export function richTextPlugins(): Plugin[] {
  return [
    inputRules({
      rules: [
        wrappingInputRule(/^\s*([-+*])\s$/, nodes.bulletList),
        wrappingInputRule(/^(\d+)\.\s$/, nodes.orderedList, (match) => ({ start: Number(match[1]) }), (match, node) => node.childCount + Number(node.attrs.start) === Number(match[1])),
        markInputRule(/(?:^|\s)(\*\*(?!\s+\*\*)((?:[^*]+))\*\*(?!\s+\*\*))$/, marks.bold),
        markInputRule(/(?:^|\s)(__(?!\s+__)((?:[^_]+))__(?!\s+__))$/, marks.bold),
        markInputRule(/(?:^|\s)(\*(?!\s+\*)((?:[^*]+))\*(?!\s+\*))$/, marks.italic),
        markInputRule(/(?:^|\s)(_(?!\s+_)((?:[^_]+))_(?!\s+_))$/, marks.italic),
      ],
    }),
    keymap({
      'Mod-b': toggleMark(marks.bold),
      'Mod-B': toggleMark(marks.bold),
      'Mod-i': toggleMark(marks.italic),
      'Mod-I': toggleMark(marks.italic),
      'Mod-u': toggleMark(marks.underline),
      'Mod-U': toggleMark(marks.underline),
      'Mod-Shift-8': toggleList(nodes.bulletList),
      'Mod-Shift-7': toggleList(nodes.orderedList),
      'Mod-z': undo,
      'Shift-Mod-z': redo,
      'Mod-y': redo,
      'Shift-Enter': hardBreak,
      'Mod-Enter': hardBreak,
      Enter: splitListItem(listItem),
      // Where a point cannot move, the key is not taken: Tab leaves the editor (no keyboard trap).
      Tab: chainCommands(sinkListItem(listItem), intoListBefore),
      'Shift-Tab': liftListItem(listItem),
      Backspace: chainCommands(undoInputRule, liftAtItemStart),
      'Mod-Backspace': liftAtItemStart,
    }),
    keymap(baseKeymap),
    history(),
    dropCursor({ color: 'currentColor', width: 1 }),
    gapCursor(),
    trailingParagraph(),
    autolink(marks.link),
  ];
}

/** A line break in the paragraph, keeping the marks being typed with (not a link's). */
const hardBreak: Command = (state, dispatch) => {
  if (!state.selection.$from.parent.isTextblock) return false;
  if (dispatch) {
    const kept = (state.storedMarks ?? state.selection.$from.marks()).filter((mark) => mark.type !== marks.link);
    dispatch(state.tr.replaceSelectionWith(nodes.hardBreak.create()).ensureMarks(kept).scrollIntoView());
  }
  return true;
};

/** Backspace at the very start of a point's first line lifts the point out of its list. */
const liftAtItemStart: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset !== 0 || $from.depth < 2) return false;
  if ($from.node(-1).type !== listItem || $from.index(-1) !== 0) return false;
  return liftListItem(listItem)(state, dispatch);
};

/**
 * Tab at the start of a paragraph with text right after a list: the paragraph joins the list's last
 * point, as the list keymap did before. Not on the empty line after a list (the trailing paragraph
 * the cursor is often left on), where Tab leaves the editor; nor anywhere else outside a list.
 */
const intoListBefore: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset !== 0 || !$from.parent.isTextblock || $from.parent.content.size === 0 || $from.depth < 1) return false;
  for (let depth = $from.depth; depth > 0; depth -= 1) if ($from.node(depth).type === listItem) return false;
  const index = $from.index(-1);
  const before = index > 0 ? $from.node(-1).child(index - 1) : undefined;
  const last = before && isList(before.type) ? before.lastChild : null;
  const block = $from.parent;
  if (!last || last.type !== listItem || !last.canReplace(last.childCount, last.childCount, Fragment.from(block))) return false;
  if (dispatch) {
    // Back over the closing tokens of the list and its last point.
    const insideLast = $from.before() - 2;
    const tr = state.tr.delete($from.before(), $from.after()).insert(insideLast, block);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, insideLast + 1)).scrollIntoView());
  }
  return true;
};

/** `**fett**`, `_kursiv_` as typed: the mark on the text, the delimiters gone. */
function markInputRule(pattern: RegExp, type: MarkType): InputRule {
  return new InputRule(pattern, (state, match, start, end) => {
    const [whole, withDelimiters, text] = match;
    if (withDelimiters === undefined || text === undefined) return null;
    const textStart = start + whole.indexOf(withDelimiters);
    const inner = textStart + withDelimiters.indexOf(text);
    // The last delimiter's last character is being typed, not yet in the document: `end` is where it goes.
    const tr = state.tr.delete(inner + text.length, end).delete(textStart, inner);
    return tr.addMark(textStart, textStart + text.length, type.create()).removeStoredMark(type);
  });
}

/** A paragraph after a list at the end, so the cursor can leave the list. */
function trailingParagraph(): Plugin {
  return new Plugin({
    appendTransaction: (_transactions, _old, state) => {
      const last = state.doc.lastChild;
      if (last && last.type === nodes.paragraph) return null;
      return state.tr.insert(state.doc.content.size, nodes.paragraph.create());
    },
  });
}

const isList = (type: NodeType) => type === nodes.bulletList || type === nodes.orderedList;

/**
 * The toolbar's list buttons: out of the list when the text is in one of this kind, the list changes
 * kind when it is in the other, otherwise the text becomes a list.
 */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    const range = $from.blockRange($to);
    if (!range) return false;
    for (let depth = range.depth; depth > 0 && depth >= range.depth - 1; depth -= 1) {
      const node = $from.node(depth);
      if (!isList(node.type)) continue;
      if (node.type === type) return liftListItem(listItem)(state, dispatch);
      if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(depth), type));
      return true;
    }
    return wrapInList(type)(state, dispatch);
  };
}

/** Is the mark on the cursor (what would be typed) or on all the selected text? */
export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return type.isInSet(state.storedMarks ?? $from.marks()) !== undefined;
  let text = false;
  let all = true;
  state.doc.nodesBetween(from, to, (node) => {
    if (!node.isText) return;
    text = true;
    if (!type.isInSet(node.marks)) all = false;
  });
  return text && all;
}

/** Is the selection inside a node of this type (at any depth)? */
export function isNodeActive(state: EditorState, type: NodeType): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) if ($from.node(depth).type === type) return true;
  return false;
}

/** The whole link around a position, if it is in one. */
function linkRangeAt($pos: ResolvedPos): { from: number; to: number; mark: Mark } | undefined {
  const parent = $pos.parent;
  const start = $pos.start();
  // The text node the position is in, or the one just before it.
  const here = parent.childAfter($pos.parentOffset);
  const mark = (here.node && marks.link.isInSet(here.node.marks)) ?? marks.link.isInSet(parent.childBefore($pos.parentOffset).node?.marks ?? []);
  if (!mark) return undefined;
  let from: number | undefined;
  let to = 0;
  let offset = 0;
  for (let index = 0; index < parent.childCount; index += 1) {
    const child = parent.child(index);
    const end = offset + child.nodeSize;
    if (mark.isInSet(child.marks)) {
      if (from === undefined) from = offset;
      to = end;
    } else if (from !== undefined) {
      if (to >= $pos.parentOffset) break;
      from = undefined;
    }
    offset = end;
  }
  return from === undefined ? undefined : { from: start + from, to: start + to, mark };
}

/** The link's range where the cursor is in a link, otherwise the selection. */
function linkTarget(state: EditorState): { from: number; to: number } {
  const { from, to, empty, $from } = state.selection;
  return (empty ? linkRangeAt($from) : undefined) ?? { from, to };
}

/** «Lenke»: the selected text (or the whole link the cursor is in) links to `href`, if it is safe. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    if (safeLinkUrl(href) === undefined) return false;
    const { from, to } = linkTarget(state);
    if (dispatch) {
      const mark = marks.link.create({ href });
      const tr = state.tr.setMeta(PREVENT_AUTOLINK, true);
      if (from === to) tr.addStoredMark(mark);
      else tr.removeMark(from, to, marks.link).addMark(from, to, mark);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** «Fjern lenke»: the link goes from the selected text, or from the whole link the cursor is in. */
export const unsetLink: Command = (state, dispatch) => {
  const { from, to } = linkTarget(state);
  if (dispatch) {
    const tr = state.tr.setMeta(PREVENT_AUTOLINK, true);
    if (from === to) tr.removeStoredMark(marks.link);
    else tr.removeMark(from, to, marks.link);
    dispatch(tr.scrollIntoView());
  }
  return true;
};
