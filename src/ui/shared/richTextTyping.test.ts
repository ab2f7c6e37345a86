import { describe, expect, it } from 'vitest';
import type { RichText } from '../../domain/richText';
import { typeAtEnd, type TypedAtEnd } from './richTextTyping';

const typeAll = (start: RichText, ...typed: TypedAtEnd[]) => typed.reduce(typeAtEnd, start);
const text = (value: string): TypedAtEnd => ({ kind: 'text', text: value });
const ENTER: TypedAtEnd = { kind: 'enter' };
const BACKSPACE: TypedAtEnd = { kind: 'backspace' };

describe('typing at the end of a rich text (the editor’s stand-in)', () => {
  it('starts a paragraph in an empty text, joins the last line and starts a new paragraph on Enter', () => {
    expect(typeAll([], text('Saken'), text(' ble'), ENTER, text('drøftet.'))).toEqual([
      { type: 'paragraph', content: [{ text: 'Saken ble' }] },
      { type: 'paragraph', content: [{ text: 'drøftet.' }] },
    ]);
  });

  it('goes on in bold after bold text, but not inside a link', () => {
    const start: RichText = [{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'vedtaket', bold: true }] }];
    expect(typeAtEnd(start, text(' nå'))).toEqual([{ type: 'paragraph', content: [{ text: 'Se ' }, { text: 'vedtaket nå', bold: true }] }]);
    const linked: RichText = [{ type: 'paragraph', content: [{ text: 'siv.no', href: 'https://www.siv.no', italic: true }] }];
    expect(typeAtEnd(linked, text('!'))).toEqual([{ type: 'paragraph', content: [{ text: 'siv.no', href: 'https://www.siv.no', italic: true }, { text: '!', italic: true }] }]);
  });

  it('adds a point to the deepest last point of a list, and leaves the list on Enter in an empty point, one level at a time', () => {
    const start: RichText = [{ type: 'bulletList', items: [{ content: [{ text: 'Fastleger' }], list: { type: 'numberedList', items: [[{ text: 'Rekruttering' }]] } }] }];
    const onePoint = typeAll(start, ENTER, text('Stabilitet'));
    expect(onePoint).toEqual([
      { type: 'bulletList', items: [{ content: [{ text: 'Fastleger' }], list: { type: 'numberedList', items: [[{ text: 'Rekruttering' }], [{ text: 'Stabilitet' }]] } }] },
    ]);
    // Enter, Enter: the empty sub-point becomes a point of the outer list.
    expect(typeAll(onePoint, ENTER, ENTER, text('Legevakt'))).toEqual([
      {
        type: 'bulletList',
        items: [{ content: [{ text: 'Fastleger' }], list: { type: 'numberedList', items: [[{ text: 'Rekruttering' }], [{ text: 'Stabilitet' }]] } }, [{ text: 'Legevakt' }]],
      },
    ]);
    // And once more out of the outer list: a paragraph after it.
    expect(typeAll([{ type: 'bulletList', items: [[{ text: 'Ett' }]] }], ENTER, ENTER, text('Så'))).toEqual([
      { type: 'bulletList', items: [[{ text: 'Ett' }]] },
      { type: 'paragraph', content: [{ text: 'Så' }] },
    ]);
  });

  it('takes back the last character, a whole letter or emoji, and an empty last line or point', () => {
    expect(typeAll([{ type: 'paragraph', content: [{ text: 'Ja ' }, { text: 'nei👍🏽', bold: true }] }], BACKSPACE)).toEqual([
      { type: 'paragraph', content: [{ text: 'Ja ' }, { text: 'nei', bold: true }] },
    ]);
    expect(typeAll([{ type: 'paragraph', content: [{ text: 'A' }] }], ENTER, BACKSPACE, BACKSPACE)).toEqual([{ type: 'paragraph', content: [] }]);
    expect(typeAll([{ type: 'bulletList', items: [[{ text: 'Ett' }]] }], ENTER, BACKSPACE)).toEqual([{ type: 'bulletList', items: [[{ text: 'Ett' }]] }]);
    expect(typeAll([], BACKSPACE)).toEqual([]);
  });

  it('types pasted lines as lines, without tabs or control characters, and writes after a table in a paragraph of its own', () => {
    expect(typeAll([], text('Første\r\nandre\tdel\u0007'))).toEqual([
      { type: 'paragraph', content: [{ text: 'Første' }] },
      { type: 'paragraph', content: [{ text: 'andre del' }] },
    ]);
    const table: RichText = [{ type: 'table', rows: [[[{ text: 'Kr' }]]] }];
    expect(typeAll(table, text('Etter'))).toEqual([...table, { type: 'paragraph', content: [{ text: 'Etter' }] }]);
    expect(typeAll(table, BACKSPACE)).toEqual(table);
  });
});
