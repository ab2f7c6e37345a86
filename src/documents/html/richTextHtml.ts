import { pointsNumbered } from '../../domain/conclusionPoints';
import type { Conventions } from '../../domain/conventions';
import { listItemParts, type Block, type Inline, type ListBlock, type RichText } from '../../domain/richText';
import { escapeHtml, safeHref } from './escapeHtml';

/**
 * RichText → HTML for e-mail clients. Outlook desktop renders with Word's engine: inline styles
 * only (no classes, flex, grid), margins set explicitly because Word's defaults are large.
 */
export const P_STYLE = 'margin:0 0 6px 0;';
const LIST_STYLE = 'margin:0 0 6px 0;padding-left:20px;';
const CELL_STYLE = 'border:1px solid #808080;padding:3px 6px;vertical-align:top;';

function inlineHtml(inline: Inline): string {
  let html = escapeHtml(inline.text).replace(/\n/g, '<br>');
  if (inline.bold) html = `<b>${html}</b>`;
  if (inline.italic) html = `<i>${html}</i>`;
  if (inline.underline) html = `<u>${html}</u>`;
  const href = inline.href === undefined ? undefined : safeHref(inline.href);
  return href === undefined ? html : `<a href="${href}" style="text-decoration:underline;">${html}</a>`;
}

export function lineHtml(line: readonly Inline[]): string {
  return line.map(inlineHtml).join('');
}

/** A sub-list sits inside its point's <li>, as Outlook and Word nest them; no bottom margin inside a point. */
const SUB_LIST_STYLE = 'margin:0;padding-left:20px;';

function listHtml(list: ListBlock, style: string): string {
  const tag = list.type === 'bulletList' ? 'ul' : 'ol';
  const items = list.items.map((item) => {
    const { content, list: sub } = listItemParts(item);
    return `<li>${lineHtml(content)}${sub ? listHtml(sub, SUB_LIST_STYLE) : ''}</li>`;
  });
  return `<${tag} style="${style}">${items.join('')}</${tag}>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p style="${P_STYLE}">${lineHtml(block.content)}</p>`;
    case 'bulletList':
    case 'numberedList':
      return listHtml(block, LIST_STYLE);
    case 'table': {
      const rows = block.rows.map((row, index) => {
        const tag = block.header === true && index === 0 ? 'th' : 'td';
        const scope = tag === 'th' ? ' scope="col"' : '';
        return `<tr>${row.map((cell) => `<${tag}${scope} style="${CELL_STYLE}text-align:left;">${lineHtml(cell)}</${tag}>`).join('')}</tr>`;
      });
      return `<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 6px 0;">${rows.join('')}</table>`;
    }
  }
}

export function richTextHtml(richText: RichText): string {
  return richText.map(blockHtml).join('');
}

/** Points of a conclusion: a numbered list, or a paragraph each, as the domain decides (`pointsNumbered`). */
export function pointsHtml(points: readonly string[], conventions: Conventions | undefined): string {
  if (!pointsNumbered(points, conventions)) return points.map((point) => `<p style="${P_STYLE}">${escapeHtml(point)}</p>`).join('');
  return `<ol style="${LIST_STYLE}">${points.map((point) => `<li>${escapeHtml(point)}</li>`).join('')}</ol>`;
}
