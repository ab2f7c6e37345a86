import { describe, expect, it } from 'vitest';
import type { RichText } from '../../domain/richText';
import { richTextHtml } from './richTextHtml';

describe('richTextHtml', () => {
  it('nests a sub-list inside its point and escapes every point', () => {
    const text: RichText = [
      {
        type: 'bulletList',
        items: [
          { content: [{ text: 'Grupper <b>&' }], list: { type: 'numberedList', items: [[{ text: 'barn <script>' }], [{ text: 'eldre' }]] } },
          [{ text: 'Neste' }],
        ],
      },
    ];
    expect(richTextHtml(text)).toBe(
      '<ul style="margin:0 0 6px 0;padding-left:20px;"><li>Grupper &lt;b&gt;&amp;<ol style="margin:0;padding-left:20px;"><li>barn &lt;script&gt;</li><li>eldre</li></ol></li><li>Neste</li></ul>',
    );
  });

  it('writes a flat list stored before lists could nest as before', () => {
    expect(richTextHtml([{ type: 'numberedList', items: [[{ text: 'En' }], [{ text: 'To' }]] }])).toBe('<ol style="margin:0 0 6px 0;padding-left:20px;"><li>En</li><li>To</li></ol>');
  });
});
