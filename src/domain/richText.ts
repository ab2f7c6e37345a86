import { z } from 'zod';

/**
 * Rich text as a small block model rather than HTML: every renderer (docx, invite HTML, the
 * editor) maps from these few shapes, and no user string ever travels as markup, so escaping
 * happens exactly once, in the renderer that writes HTML.
 */
export const InlineSchema = z.strictObject({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** Only http(s) and mailto links; anything else (javascript:, data:) is refused at the boundary. */
  href: z
    .string()
    .regex(/^(https?:\/\/|mailto:)/i, 'Lenker må starte med http://, https:// eller mailto:')
    .optional(),
});
export type Inline = z.infer<typeof InlineSchema>;

const Line = z.array(InlineSchema);

export const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), content: Line }),
  z.strictObject({ type: z.literal('bulletList'), items: z.array(Line) }),
  z.strictObject({ type: z.literal('numberedList'), items: z.array(Line) }),
  /** Tables appear in saksframlegg (e.g. grant amounts); first row is the header when `header`. */
  z.strictObject({ type: z.literal('table'), header: z.boolean().optional(), rows: z.array(z.array(Line)) }),
]);
export type Block = z.infer<typeof BlockSchema>;

export const RichTextSchema = z.array(BlockSchema);
export type RichText = z.infer<typeof RichTextSchema>;

/** Plain paragraphs from plain text: one paragraph per non-empty line. */
export function richTextFromPlain(text: string): RichText {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph' as const, content: [{ text: line }] }));
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
          return block.items.map((item) => `• ${line(item)}`);
        case 'numberedList':
          return block.items.map((item, index) => `${index + 1}. ${line(item)}`);
        case 'table':
          return block.rows.map((row) => row.map(line).join('\t'));
      }
    })
    .join('\n');
}
