import type { MarkType, Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import { isHistoryTransaction } from 'prosemirror-history';
import { safeLinkUrl } from '../../domain/safeUrl';

/** A transaction with this meta set (the toolbar's «Lenke») is left as it is. */
export const PREVENT_AUTOLINK = 'preventAutolink';

/**
 * What a typed or pasted word links to: an https:// (or mailto:) address to itself, an e-mail
 * address to `mailto:`, and only through `safeLinkUrl` (so never `javascript:`, `data:` or plain
 * http). Brackets around it and a sentence's punctuation after it are not part of the link.
 */
export function linkFor(word: string): { offset: number; text: string; href: string } | undefined {
  const match = /^([([<]*)(.*?)[)\]>.,;:!?]*$/.exec(word);
  const text = match?.[2] ?? '';
  let href: string | undefined;
  if (/^(https?:\/\/|mailto:)/i.test(text)) href = text;
  else if (/^[^@/:]+@[^@/:]+\.[a-z]{2,}$/i.test(text)) href = `mailto:${text}`;
  if (href === undefined || safeLinkUrl(href) === undefined) return undefined;
  return { offset: match?.[1]?.length ?? 0, text, href };
}

/**
 * Links made as one types or pastes, as the editor did before (issue 14: without linkifyjs): an
 * address becomes a link when a space, a line break or Enter follows it; every address in pasted
 * text becomes one; an address pasted over selected text links that text. A space typed at the end
 * of a link is not linked. Undo and redo are left alone.
 */
export function autolink(type: MarkType): Plugin {
  return new Plugin({
    props: {
      handlePaste: (view, _event, slice) => {
        const { from, to, empty } = view.state.selection;
        if (empty) return false;
        const pasted = slice.content.textBetween(0, slice.content.size, ' ');
        const link = /\s/.test(pasted.trim()) ? undefined : linkFor(pasted.trim());
        if (link?.text !== pasted.trim() || link === undefined) return false;
        view.dispatch(view.state.tr.addMark(from, to, type.create({ href: link.href })).setMeta(PREVENT_AUTOLINK, true));
        return true;
      },
    },
    appendTransaction: (transactions, oldState, state) => {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (transactions.some((tr) => tr.getMeta(PREVENT_AUTOLINK) === true || isHistoryTransaction(tr))) return null;
      const pasted = transactions.some((tr) => tr.getMeta('paste') === true);
      const tr = state.tr;
      for (const { from, to } of changedRanges(oldState.doc, transactions)) {
        unlinkTrailingSpace(tr, type, from, to);
        if (pasted) linkEveryAddress(tr, type, from, to);
        else linkWordBefore(tr, type, from, to);
      }
      return tr.steps.length > 0 ? tr : null;
    },
  });
}

/** What the transactions inserted or changed, in the new document. */
function changedRanges(before: Node, transactions: readonly Transaction[]): { from: number; to: number }[] {
  const transform = new Transform(before);
  for (const tr of transactions) for (const step of tr.steps) transform.step(step);
  const ranges: { from: number; to: number }[] = [];
  transform.mapping.maps.forEach((map, index) => {
    const later = transform.mapping.slice(index + 1);
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      const from = later.map(newFrom, -1);
      const to = later.map(newTo, 1);
      if (from <= to) ranges.push({ from, to });
    });
  });
  return ranges;
}

/** A space typed at the end of a link: not part of it (the link mark is inclusive). */
function unlinkTrailingSpace(tr: Transaction, type: MarkType, from: number, to: number) {
  const { doc } = tr;
  const $to = doc.resolve(to);
  if (!$to.nodeBefore?.isText) return;
  const space = /\s+$/.exec(doc.textBetween(from, to, '\ufffc', '\ufffc'))?.[0];
  if (!space) return;
  const spaceFrom = to - space.length;
  if (!doc.rangeHasMark(spaceFrom, to, type)) return;
  const link = type.isInSet($to.nodeBefore.marks);
  if (link && $to.nodeAfter && link.isInSet($to.nodeAfter.marks)) return;
  const stored = tr.storedMarks;
  tr.removeMark(spaceFrom, to, type);
  if (stored) tr.setStoredMarks(stored.filter((mark) => mark.type !== type));
}

/** After a typed space or line break, or Enter: the word before it, if it is an address. */
function linkWordBefore(tr: Transaction, type: MarkType, from: number, to: number) {
  const { doc } = tr;
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  if (!$from.sameParent($to)) {
    // Enter: the line it ended.
    if ($from.parent.isTextblock) linkLastWord(tr, type, $from.parent, $from.start(), $from.parentOffset);
    return;
  }
  if (!$to.parent.isTextblock || from === to) return;
  if (!/\s$/.test(doc.textBetween(from, to, ' ', ' '))) return;
  linkLastWord(tr, type, $to.parent, $to.start(), $to.parentOffset);
}

function linkLastWord(tr: Transaction, type: MarkType, block: Node, blockStart: number, end: number) {
  // A line break counts as one space, so offsets in the text are offsets in the block.
  const text = block.textBetween(0, end, undefined, ' ');
  const word = /(\S+)\s*$/.exec(text);
  if (!word?.[1]) return;
  addLink(tr, type, blockStart + word.index, word[1]);
}

/** Pasted text: every address in it. */
function linkEveryAddress(tr: Transaction, type: MarkType, from: number, to: number) {
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, ' ');
    for (const word of text.matchAll(/\S+/g)) {
      const at = pos + 1 + word.index;
      if (at + word[0].length > from && at < to) addLink(tr, type, at, word[0]);
    }
    return false;
  });
}

function addLink(tr: Transaction, type: MarkType, at: number, word: string) {
  const link = linkFor(word);
  if (!link) return;
  const from = at + link.offset;
  const to = from + link.text.length;
  if (tr.doc.rangeHasMark(from, to, type)) return;
  tr.addMark(from, to, type.create({ href: link.href }));
}
