import { z } from 'zod';
import { MAX_RICH_TEXT_LENGTH } from './limits';
import { isSafeUrl, SAFE_LINK_MESSAGE } from './safeUrl';
import { controlCharacterMessage, firstControlCharacter, tooLongMessage } from './textRules';

/**
 * Rich text as a small block model rather than HTML: every renderer (docx, invite HTML, the
 * editor) maps from these few shapes, and no user string ever travels as markup, so escaping
 * happens exactly once, in the renderer that writes HTML.
 */
export const InlineSchema = z.strictObject({
  text: z.string().superRefine((text, ctx) => {
    const code = firstControlCharacter(text, true);
    if (code) ctx.addIssue({ code: 'custom', message: controlCharacterMessage('Teksten', code) });
  }),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** Only https and mailto links (safeUrl.ts); anything else (javascript:, data:, file:) is refused at the boundary. */
  href: z
    .string()
    .refine((url) => isSafeUrl(url, { allowMailto: true }), SAFE_LINK_MESSAGE)
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

/** A rich text field with its length limit, counted as plain text; `field` names it in the message ("Sammendraget"). */
export function richTextField(field: string, max: number = MAX_RICH_TEXT_LENGTH) {
  return RichTextSchema.superRefine((richText, ctx) => {
    const length = plainTextOf(richText).length;
    if (length > max) ctx.addIssue({ code: 'custom', message: tooLongMessage(field, max, length) });
  });
}

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
