import * as z from 'zod/mini';
import { MAX_RICH_TEXT_LENGTH } from './limits';
import { isSafeUrl, SAFE_LINK_MESSAGE } from './safeUrl';
import { controlCharacterMessage, firstControlCharacter, tooLongMessage } from './textRules';

/**
 * Rich text as a small block model rather than HTML: every renderer (docx, invite HTML, the
 * editor) maps from these few shapes, and no user string ever travels as markup, so escaping
 * happens exactly once, in the renderer that writes HTML.
 */
// One instance for every optional flag: zod builds each `z.optional(z.boolean())` in full at start-up (issue 14: cold load).
const OptionalBoolean = z.optional(z.boolean());

export const InlineSchema = z.strictObject({
  text: z.string().check(z.superRefine((text, ctx) => {
    const code = firstControlCharacter(text, true);
    if (code) ctx.addIssue({ code: 'custom', message: controlCharacterMessage('Teksten', code) });
  })),
  bold: OptionalBoolean,
  italic: OptionalBoolean,
  underline: OptionalBoolean,
  /** Only https and mailto links (safeUrl.ts); anything else (javascript:, data:, file:) is refused at the boundary. */
  href: z.optional(z.string().check(z.refine((url) => isSafeUrl(url, { allowMailto: true }), SAFE_LINK_MESSAGE))),
});
export type Inline = z.infer<typeof InlineSchema>;

const Line = z.array(InlineSchema);

/**
 * Word's list levels (numbering.xml has levels 0–8): a list nests at most this deep. The editor
 * indents with Tab like Word; anything deeper (a paste) is kept at the deepest level, never lost.
 */
export const MAX_LIST_DEPTH = 9;

/**
 * A list item is its line, or — when it has sub-points (the seeds' "o barn og unge" under a
 * bullet) — its line with the nested list. Flat lists stored before nesting existed are arrays
 * of lines and still parse unchanged.
 */
export interface NestedListItem {
  content: Inline[];
  list: ListBlock;
}
export type ListItem = Inline[] | NestedListItem;
export interface ListBlock {
  type: 'bulletList' | 'numberedList';
  items: ListItem[];
}

const ListItemSchema: z.ZodMiniType<ListItem> = z.lazy(() => z.union([Line, z.strictObject({ content: Line, list: ListBlockSchema })]));
const BulletListSchema = z.strictObject({ type: z.literal('bulletList'), items: z.array(ListItemSchema) });
const NumberedListSchema = z.strictObject({ type: z.literal('numberedList'), items: z.array(ListItemSchema) });
const ListBlockSchema: z.ZodMiniType<ListBlock> = z.lazy(() => z.discriminatedUnion('type', [BulletListSchema, NumberedListSchema]));

/** The line of a list item and its sub-list, whichever form it was stored in. */
export function listItemParts(item: ListItem): { content: Inline[]; list?: ListBlock } {
  return Array.isArray(item) ? { content: item } : item;
}

/** How many levels a list has (a flat list: 1). */
export function listDepth(list: ListBlock): number {
  return 1 + Math.max(0, ...list.items.map((item) => {
    const { list: sub } = listItemParts(item);
    return sub ? listDepth(sub) : 0;
  }));
}

export const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), content: Line }),
  BulletListSchema,
  NumberedListSchema,
  /** Tables appear in saksframlegg (e.g. grant amounts); first row is the header when `header`. */
  z.strictObject({ type: z.literal('table'), header: OptionalBoolean, rows: z.array(z.array(Line)) }),
]).check(z.superRefine((block, ctx) => {
  if ((block.type === 'bulletList' || block.type === 'numberedList') && listDepth(block) > MAX_LIST_DEPTH) {
    ctx.addIssue({ code: 'custom', message: `En liste kan ha høyst ${MAX_LIST_DEPTH} nivåer.` });
  }
}));
export type Block = z.infer<typeof BlockSchema>;

export const RichTextSchema = z.array(BlockSchema);
export type RichText = z.infer<typeof RichTextSchema>;

/** A rich text field with its length limit, counted as plain text; `field` names it in the message ("Sammendraget"). */
export function richTextField(field: string, max: number = MAX_RICH_TEXT_LENGTH) {
  return RichTextSchema.check(z.superRefine((richText, ctx) => {
    const length = plainTextOf(richText).length;
    if (length > max) ctx.addIssue({ code: 'custom', message: tooLongMessage(field, max, length) });
  }));
}

/** Plain paragraphs from plain text: one paragraph per non-empty line. */
export function richTextFromPlain(text: string): RichText {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph' as const, content: [{ text: line }] }));
}

/** A list as plain lines, sub-points indented two spaces a level under their point. */
function listLines(list: ListBlock, level: number): string[] {
  const indent = '  '.repeat(level);
  return list.items.flatMap((item, index) => {
    const { content, list: sub } = listItemParts(item);
    const marker = list.type === 'bulletList' ? '•' : `${index + 1}.`;
    return [`${indent}${marker} ${content.map((i) => i.text).join('')}`, ...(sub ? listLines(sub, level + 1) : [])];
  });
}

/** The text of a rich text without formatting, lines joined by newlines (search, change summaries). */
export function plainTextOf(richText: RichText): string {
  const line = (inlines: Inline[]): string => inlines.map((i) => i.text).join('');
  return richText
    .flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
          return [line(block.content)];
        case 'bulletList':
        case 'numberedList':
          return listLines(block, 0);
        case 'table':
          return block.rows.map((row) => row.map(line).join('\t'));
      }
    })
    .join('\n');
}
