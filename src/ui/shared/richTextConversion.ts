import * as v from 'valibot';
import { safeLinkUrl } from '../../domain/safeUrl';
import { listItemParts, MAX_LIST_DEPTH, type Block, type Inline, type ListBlock, type ListItem, type RichText } from '../../domain/richText';

/**
 * ProseMirror JSON (the editor's document, `richTextSchema.ts`) ↔ the domain's RichText blocks. The editor's JSON is parsed
 * here, never trusted: whatever a paste brought in (headings, quotes, images, scripts, odd link
 * schemes) is reduced to paragraphs, bullet/numbered lists and bold/italic/underline/link runs, so
 * nothing unsafe or unsupported reaches storage or the documents. Lists nest (Tab in the editor)
 * down to Word's nine levels.
 */
export interface PmNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: PmNode[];
}

// valibot's `lazy` calls its getter on every parse: the getter builds the schema once and keeps it.
let pmNode: v.GenericSchema<PmNode> | undefined;
const PmNodeSchema: v.GenericSchema<PmNode> = v.lazy(() =>
  (pmNode ??= v.object({
    type: v.string(),
    text: v.optional(v.string()),
    attrs: v.optional(v.record(v.string(), v.unknown())),
    marks: v.optional(v.array(v.object({ type: v.string(), attrs: v.optional(v.record(v.string(), v.unknown())) }))),
    content: v.optional(v.array(PmNodeSchema)),
  })),
);


export function richTextToDoc(richText: RichText): PmNode {
  const content = richText.flatMap(blockToNodes);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function blockToNodes(block: Block): PmNode[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(block.content)];
    case 'bulletList':
    case 'numberedList':
      return [listNode(block)];
    case 'table':
      // The editor has no tables (summaries rarely need them); each row becomes a paragraph with
      // its cells separated by tabs, so the text survives an edit.
      return block.rows.map((row) => paragraph(row.flatMap((cell, index) => (index === 0 ? cell : [{ text: '\t' }, ...cell]))));
  }
}

function paragraph(line: readonly Inline[]): PmNode {
  const content = line.filter((inline) => inline.text.length > 0).map(inlineToText);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listNode(list: ListBlock): PmNode {
  const content = list.items.map(listItem);
  return list.type === 'bulletList' ? { type: 'bulletList', content } : { type: 'orderedList', attrs: { start: 1 }, content };
}

function listItem(item: ListItem): PmNode {
  const { content, list } = listItemParts(item);
  return { type: 'listItem', content: list ? [paragraph(content), listNode(list)] : [paragraph(content)] };
}

function inlineToText(inline: Inline): PmNode {
  const marks: NonNullable<PmNode['marks']> = [];
  if (inline.bold) marks.push({ type: 'bold' });
  if (inline.italic) marks.push({ type: 'italic' });
  if (inline.underline) marks.push({ type: 'underline' });
  if (inline.href && safeLinkUrl(inline.href)) marks.push({ type: 'link', attrs: { href: inline.href } });
  return marks.length > 0 ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text };
}

/** Editor JSON → RichText. Unknown input (not even a doc) gives an empty text rather than a crash. */
export function docToRichText(doc: unknown): RichText {
  const parsed = v.safeParse(PmNodeSchema, doc);
  if (!parsed.success) return [];
  const blocks = (parsed.output.content ?? []).flatMap(nodeToBlocks);
  // Trailing empty paragraphs are the editor's cursor line, not content.
  while (blocks.length > 0 && isEmptyParagraph(blocks[blocks.length - 1])) blocks.pop();
  return blocks;
}

function isEmptyParagraph(block: Block | undefined): boolean {
  return block?.type === 'paragraph' && block.content.every((inline) => inline.text.trim() === '');
}

function nodeToBlocks(node: PmNode): Block[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      return [{ type: 'paragraph', content: inlinesOf(node) }];
    case 'bulletList':
    case 'orderedList':
      return [pmList(node, 1)];
    case 'blockquote':
      return (node.content ?? []).flatMap(nodeToBlocks);
    default:
      // Anything else (images, rules, embeds from a paste) carries no text we keep.
      return [];
  }
}

function pmList(node: PmNode, depth: number): ListBlock {
  const items = (node.content ?? []).flatMap((item) => pmListItem(item, depth));
  return node.type === 'orderedList' ? { type: 'numberedList', items } : { type: 'bulletList', items };
}

const isList = (node: PmNode) => node.type === 'bulletList' || node.type === 'orderedList';

/**
 * A list item: its paragraphs joined into one line, and its first nested list as the sub-list
 * (the points of any further nested list join that one, so no text is lost). At the deepest
 * level Word has, deeper points come up to that level as items after their point.
 */
function pmListItem(item: PmNode, depth: number): ListItem[] {
  const lines: Inline[][] = [];
  const nested: PmNode[] = [];
  const walk = (node: PmNode) => {
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(inlinesOf(node));
    else if (isList(node)) nested.push(node);
    else for (const child of node.content ?? []) walk(child);
  };
  for (const child of item.content ?? []) walk(child);
  const content = lines.flatMap((line, index) => (index === 0 ? line : [{ text: ' ' }, ...line]));
  if (nested.length === 0) return [content];
  if (depth >= MAX_LIST_DEPTH) return [content, ...nested.flatMap((list) => (list.content ?? []).flatMap((sub) => pmListItem(sub, depth)))];
  const subLists = nested.map((list) => pmList(list, depth + 1));
  return [{ content, list: { type: subLists[0]?.type ?? 'bulletList', items: subLists.flatMap((list) => list.items) } }];
}

function inlinesOf(node: PmNode): Inline[] {
  const inlines: Inline[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      inlines.push({ text: '\n' });
      continue;
    }
    if (child.type !== 'text' || !child.text) continue;
    const inline: Inline = { text: child.text };
    for (const mark of child.marks ?? []) {
      if (mark.type === 'bold') inline.bold = true;
      else if (mark.type === 'italic') inline.italic = true;
      else if (mark.type === 'underline') inline.underline = true;
      else if (mark.type === 'link') {
        const href = mark.attrs?.href;
        if (typeof href === 'string' && safeLinkUrl(href)) inline.href = href;
      }
    }
    inlines.push(inline);
  }
  return mergeRuns(inlines);
}

/** Adjacent runs with the same formatting become one, so the stored text stays small and stable. */
function mergeRuns(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (last && last.bold === inline.bold && last.italic === inline.italic && last.underline === inline.underline && last.href === inline.href) {
      last.text += inline.text;
    } else merged.push({ ...inline });
  }
  return merged;
}
