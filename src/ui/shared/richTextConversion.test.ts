// @vitest-environment jsdom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DOMParser as SchemaParser } from 'prosemirror-model';
import { richTextSchema } from './richTextSchema';
import { listDepth, MAX_LIST_DEPTH, plainTextOf, RichTextSchema, type RichText } from '../../domain/richText';
import { docToRichText, richTextToDoc } from './richTextConversion';

const sample: RichText = [
  { type: 'paragraph', content: [{ text: 'Helsefellesskapet ' }, { text: 'skal', bold: true }, { text: ' vedta', italic: true }] },
  { type: 'bulletList', items: [[{ text: 'Kommunene' }], [{ text: 'SiV', href: 'https://www.siv.no' }]] },
  { type: 'numberedList', items: [[{ text: 'Første punkt' }], [{ text: 'Andre punkt', underline: true }]] },
];

/** HTML read by the editor's schema, as a paste is: into the editor's JSON. */
function parseHtml(html: string): unknown {
  const body = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return SchemaParser.fromSchema(richTextSchema).parse(body).toJSON();
}

describe('rich text conversion', () => {
  it('round-trips paragraphs, lists and formatting through the editor format', () => {
    expect(docToRichText(richTextToDoc(sample))).toEqual(sample);
  });

  it('reduces pasted HTML to the block model and drops scripts and unsafe links', () => {
    const pasted = parseHtml(
      '<h1>Overskrift</h1><p>Tekst <a href="javascript:alert(1)">farlig</a> og <a href="https://ok.no">trygg</a></p><script>alert(1)</script><img src=x onerror=alert(1)><blockquote><p>Sitat</p></blockquote>',
    );
    const richText = docToRichText(pasted);
    expect(v.safeParse(RichTextSchema, richText).success).toBe(true);
    expect(JSON.stringify(richText)).not.toMatch(/javascript|alert|onerror/);
    expect(richText).toEqual([
      { type: 'paragraph', content: [{ text: 'Overskrift' }] },
      { type: 'paragraph', content: [{ text: 'Tekst farlig og ' }, { text: 'trygg', href: 'https://ok.no' }] },
      { type: 'paragraph', content: [{ text: 'Sitat' }] },
    ]);
  });

  it('keeps the text of a table as tab-separated lines', () => {
    const table: RichText = [{ type: 'table', header: true, rows: [[[{ text: 'Kommune' }], [{ text: 'Beløp' }]], [[{ text: 'Larvik' }], [{ text: '100' }]]] }];
    expect(docToRichText(richTextToDoc(table))).toEqual([
      { type: 'paragraph', content: [{ text: 'Kommune\tBeløp' }] },
      { type: 'paragraph', content: [{ text: 'Larvik\t100' }] },
    ]);
  });

  it('treats an empty editor and malformed input as empty text', () => {
    expect(docToRichText(richTextToDoc([]))).toEqual([]);
    expect(docToRichText({ nope: true })).toEqual([]);
    expect(docToRichText('<p>x</p>')).toEqual([]);
  });

  it('keeps nested bullet and numbered lists as sub-lists of their point, two levels and mixed', () => {
    const nested: RichText = [
      {
        type: 'bulletList',
        items: [
          [{ text: 'Tiltak som understøtter og bidrar til bedre samhandling' }],
          {
            content: [{ text: 'Tjenester innenfor:' }],
            list: { type: 'bulletList', items: [[{ text: 'rehabilitering' }], { content: [{ text: 'psykisk helse' }], list: { type: 'numberedList', items: [[{ text: 'voksne' }], [{ text: 'barn', bold: true }]] } }] },
          },
        ],
      },
    ];
    expect(docToRichText(richTextToDoc(nested))).toEqual(nested);
  });

  it('reads a pasted nested list as a sub-list instead of joining its points into one line', () => {
    const pasted = parseHtml('<ul><li><p>Prioriterte grupper:</p><ul><li><p>barn og unge</p></li><li><p>eldre</p></li></ul></li><li><p>Neste</p></li></ul>');
    expect(docToRichText(pasted)).toEqual([
      {
        type: 'bulletList',
        items: [{ content: [{ text: 'Prioriterte grupper:' }], list: { type: 'bulletList', items: [[{ text: 'barn og unge' }], [{ text: 'eldre' }]] } }, [{ text: 'Neste' }]],
      },
    ]);
  });

  it('brings points deeper than the nine levels of Word up to the ninth, keeping their text', () => {
    let html = '<p>bunn</p>';
    for (let level = 11; level >= 1; level -= 1) html = `<p>nivå ${level}</p><ul><li>${html}</li></ul>`;
    const richText = docToRichText(parseHtml(`<ul><li>${html}</li></ul>`));
    expect(v.safeParse(RichTextSchema, richText).success).toBe(true);
    const [list] = richText;
    expect(list?.type === 'bulletList' && listDepth(list)).toBe(MAX_LIST_DEPTH);
    expect(plainTextOf(richText)).toContain('bunn');
    expect(plainTextOf(richText)).toContain('nivå 11');
  });
});
