import type { AnyExtension } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Bold } from '@tiptap/extension-bold';
import { Italic } from '@tiptap/extension-italic';
import { Underline } from '@tiptap/extension-underline';
import { Link } from '@tiptap/extension-link';
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { OrderedList } from '@tiptap/extension-list/ordered-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { TrailingNode } from '@tiptap/extensions/trailing-node';
import { safeLinkUrl } from '../../domain/safeUrl';

/**
 * The editor's schema and keys: exactly what the domain's RichText holds (paragraphs with line
 * breaks, bullet and numbered lists nested by Tab / Shift+Tab, bold, italic, underline, links), one
 * extension each rather than TipTap's StarterKit, whose headings, quotes, code, rules and strike —
 * switched off here before — were still in the editor's chunk (issue 14: the side panel preloads it).
 * Besides the schema: undo/redo (Ctrl+Z / Ctrl+Y), the drop cursor when text is dragged, the gap
 * cursor, and the trailing paragraph that lets the cursor leave a list at the end of the text.
 * Shared by the editor and the test of what a paste keeps (`richTextConversion.test.ts`).
 */
export function richTextExtensions(): AnyExtension[] {
  return [
    Document,
    Paragraph,
    Text,
    HardBreak,
    Bold,
    Italic,
    Underline,
    Link.configure({ openOnClick: false, autolink: true, protocols: ['mailto'], isAllowedUri: (url) => safeLinkUrl(url) !== undefined }),
    BulletList,
    OrderedList,
    ListItem,
    ListKeymap,
    UndoRedo,
    Dropcursor,
    Gapcursor,
    TrailingNode,
  ];
}
