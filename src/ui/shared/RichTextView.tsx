import { Fragment, type MouseEvent, type ReactNode } from 'react';
import { listItemParts, type Block, type Inline, type ListBlock } from '../../domain/richText';
import { safeLinkUrl } from '../../domain/safeUrl';

/**
 * A rich text rendered read-only in the elements the editor's document has (`richTextSchema.ts`'s
 * `toDOM`: `p`, `ul`/`ol` with `li` > `p`, `strong`, `em`, `u`, `a`; a table's rows as paragraphs with
 * their cells apart, as the editor shows them), so in the editor's frame (`richTextFrame.ts`) it
 * takes the room the editor will: the stand-in of `LazyRichTextEditor.tsx`. An empty paragraph keeps
 * its line, as the editor's does. `editable`: the text stands in for an editor she may write in, so
 * a click on a link places her in the box rather than following it, and links are no tab stops.
 */
export function RichTextView({ value, editable }: { value: readonly Block[]; editable: boolean }) {
  const blocks = value.length > 0 ? value : [{ type: 'paragraph' as const, content: [] }];
  return <>{blocks.flatMap((block, index) => renderBlock(block, `${index}`, editable))}</>;
}

function renderBlock(block: Block, key: string, editable: boolean): ReactNode[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(block.content, key, editable)];
    case 'bulletList':
    case 'numberedList':
      return [list(block, key, editable)];
    case 'table':
      return block.rows.map((row, index) => paragraph(row.flatMap((cell, cellIndex) => (cellIndex === 0 ? cell : [{ text: '\t' }, ...cell])), `${key}.${index}`, editable));
  }
}

function list(block: ListBlock, key: string, editable: boolean): ReactNode {
  const items = block.items.map((item, index) => {
    const { content, list: sub } = listItemParts(item);
    return (
      <li key={index}>
        {paragraph(content, 'p', editable)}
        {sub ? list(sub, 'list', editable) : null}
      </li>
    );
  });
  return block.type === 'bulletList' ? <ul key={key}>{items}</ul> : <ol key={key}>{items}</ol>;
}

function paragraph(line: readonly Inline[], key: string, editable: boolean): ReactNode {
  const runs = line.filter((inline) => inline.text.length > 0);
  return <p key={key}>{runs.length > 0 ? runs.map((inline, index) => run(inline, index, editable)) : <br />}</p>;
}

const stayInTheBox = (event: MouseEvent) => event.preventDefault();

function run(inline: Inline, key: number, editable: boolean): ReactNode {
  let node: ReactNode = inline.text;
  if (inline.underline) node = <u>{node}</u>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  const href = inline.href === undefined ? undefined : safeLinkUrl(inline.href);
  if (href)
    node = editable ? (
      <a href={href} tabIndex={-1} onClick={stayInTheBox}>
        {node}
      </a>
    ) : (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {node}
      </a>
    );
  return <Fragment key={key}>{node}</Fragment>;
}
