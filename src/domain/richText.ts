import * as v from 'valibot';
import { rule, type RuleContext } from './schemaRules';
import { MAX_RICH_TEXT_LENGTH } from './limits';
import { isSafeUrl } from './safeUrl';
import { controlCharacterRule } from './textRules';
import { fieldRuleMessage, type RuleField } from './fieldRules';

/**
 * Rich text as a small block model rather than HTML: every renderer (docx, invite HTML, the
 * editor) maps from these few shapes, and no user string ever travels as markup, so escaping
 * happens exactly once, in the renderer that writes HTML.
 */
// One instance for every optional flag (confidentialitySchemas.ts's too): each `v.optional(v.boolean())` is built at start-up (issue 14: cold load).
export const OptionalBoolean = v.optional(v.boolean());

export const InlineSchema = v.strictObject({
  text: v.pipe(v.string(), controlCharacterRule('text', true)),
  bold: OptionalBoolean,
  italic: OptionalBoolean,
  underline: OptionalBoolean,
  /** Only https and mailto links (safeUrl.ts); anything else (javascript:, data:, file:) is refused at the boundary. */
  href: v.optional(v.pipe(v.string(), v.check((url) => isSafeUrl(url, { allowMailto: true }), () => fieldRuleMessage({ code: 'unsafeAddress', of: 'link' })))),
});
export type Inline = v.InferOutput<typeof InlineSchema>;

const Line = v.array(InlineSchema);

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

// valibot's `lazy` calls its getter on every parse: each getter builds its schema once and keeps it.
let listItem: v.GenericSchema<ListItem> | undefined;
let listBlock: v.GenericSchema<ListBlock> | undefined;
const ListItemSchema: v.GenericSchema<ListItem> = v.lazy(() => (listItem ??= v.union([Line, v.strictObject({ content: Line, list: ListBlockSchema })])));
const BulletListSchema = v.strictObject({ type: v.literal('bulletList'), items: v.array(ListItemSchema) });
const NumberedListSchema = v.strictObject({ type: v.literal('numberedList'), items: v.array(ListItemSchema) });
const ListBlockSchema: v.GenericSchema<ListBlock> = v.lazy(() => (listBlock ??= v.variant('type', [BulletListSchema, NumberedListSchema])));

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

export const BlockSchema = v.variant('type', [
  v.strictObject({ type: v.literal('paragraph'), content: Line }),
  BulletListSchema,
  NumberedListSchema,
  /** Tables appear in saksframlegg (e.g. grant amounts); first row is the header when `header`. */
  v.strictObject({ type: v.literal('table'), header: OptionalBoolean, rows: v.array(v.array(Line)) }),
]);
export type Block = v.InferOutput<typeof BlockSchema>;

const Blocks = v.array(BlockSchema);

/**
 * Each list of `richText` nested deeper than Word's levels, at its block: the rule names `field`
 * ("Sammendraget har en liste med 10 nivåer. En liste kan ha høyst 9 nivåer."), as data (`fieldRules.ts`).
 */
function addListDepthIssues(richText: readonly Block[], ctx: RuleContext, field: RuleField): void {
  richText.forEach((block, index) => {
    if (block.type !== 'bulletList' && block.type !== 'numberedList') return;
    const depth = listDepth(block);
    if (depth > MAX_LIST_DEPTH) ctx.addIssue({ path: [index], message: fieldRuleMessage({ code: 'listTooDeep', field, max: MAX_LIST_DEPTH, depth }) });
  });
}

/** Rich text of no particular field (a draft's): its lists as deep as Word's levels at most. */
export const RichTextSchema = v.pipe(Blocks, rule<Block[]>((richText, ctx) => addListDepthIssues(richText, ctx, 'text')));
export type RichText = v.InferOutput<typeof RichTextSchema>;

/** A rich text field: lists as deep as Word's levels, and its length limit counted as plain text; `field` names it in the messages ("Sammendraget"). */
export function richTextField(field: RuleField, max: number = MAX_RICH_TEXT_LENGTH) {
  return v.pipe(Blocks, rule<Block[]>((richText, ctx) => {
    addListDepthIssues(richText, ctx, field);
    const length = plainTextOf(richText).length;
    if (length > max) ctx.addIssue({ message: fieldRuleMessage({ code: 'tooLong', field, max, length }) });
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
