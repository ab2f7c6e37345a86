// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { generateJSON } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { RichTextSchema, type RichText } from '../../domain/richText';
import { docToRichText, richTextToDoc } from './richTextConversion';

const sample: RichText = [
  { type: 'paragraph', content: [{ text: 'Helsefellesskapet ' }, { text: 'skal', bold: true }, { text: ' vedta', italic: true }] },
  { type: 'bulletList', items: [[{ text: 'Kommunene' }], [{ text: 'SiV', href: 'https://www.siv.no' }]] },
  { type: 'numberedList', items: [[{ text: 'Første punkt' }], [{ text: 'Andre punkt', underline: true }]] },
];

describe('rich text conversion', () => {
  it('round-trips paragraphs, lists and formatting through the editor format', () => {
    expect(docToRichText(richTextToDoc(sample))).toEqual(sample);
  });

  it('reduces pasted HTML to the block model and drops scripts and unsafe links', () => {
    const pasted = generateJSON(
      '<h1>Overskrift</h1><p>Tekst <a href="javascript:alert(1)">farlig</a> og <a href="https://ok.no">trygg</a></p><script>alert(1)</script><img src=x onerror=alert(1)><blockquote><p>Sitat</p></blockquote>',
      [StarterKit],
    );
    const richText = docToRichText(pasted);
    expect(RichTextSchema.safeParse(richText).success).toBe(true);
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
});
