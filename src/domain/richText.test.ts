import * as v from 'valibot';
import { issueKeys } from './schemaRules';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_DEPTH, plainTextOf, richTextField, RichTextSchema, type ListBlock, type RichText } from './richText';
import { fieldRuleOf } from './fieldRules';

function nestedBullets(depth: number): ListBlock {
  let list: ListBlock = { type: 'bulletList', items: [[{ text: `nivå ${depth}` }]] };
  for (let level = depth - 1; level >= 1; level -= 1) list = { type: 'bulletList', items: [{ content: [{ text: `nivå ${level}` }], list }] };
  return list;
}

describe('nested lists in rich text', () => {
  it('still parses a flat list stored before lists could nest', () => {
    const stored = [{ type: 'bulletList', items: [[{ text: 'Kommunene' }], [{ text: 'SiV' }]] }];
    expect(v.parse(RichTextSchema, stored)).toEqual(stored);
  });

  it('parses a point with a sub-list of another kind', () => {
    const stored: RichText = [{ type: 'numberedList', items: [{ content: [{ text: 'Tjenester innenfor:' }], list: { type: 'bulletList', items: [[{ text: 'rehabilitering' }]] } }, [{ text: 'Neste' }]] }];
    expect(v.parse(RichTextSchema, stored)).toEqual(stored);
  });

  it('refuses an unknown field on a nested point, naming it', () => {
    const result = v.safeParse(RichTextSchema, [{ type: 'bulletList', items: [{ content: [{ text: 'a' }], list: { type: 'bulletList', items: [] }, nivå: 2 }] }]);
    expect(result.success).toBe(false);
    // A point is a line or a line with its sub-list: the union's issue holds what each form found.
    expect(result.issues?.flatMap((issue) => [...issueKeys(issue), ...(issue.issues ?? []).flatMap(issueKeys)])).toContain('nivå');
  });

  it(`accepts ${MAX_LIST_DEPTH} levels and refuses one more at its block, as data naming the field`, () => {
    expect(v.safeParse(RichTextSchema, [nestedBullets(MAX_LIST_DEPTH)]).success).toBe(true);
    const result = v.safeParse(RichTextSchema, [{ type: 'paragraph', content: [] }, nestedBullets(MAX_LIST_DEPTH + 1)]);
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => [issueKeys(issue), fieldRuleOf(issue.message)])).toEqual([
      [[1], { code: 'listTooDeep', field: 'text', max: MAX_LIST_DEPTH, depth: MAX_LIST_DEPTH + 1 }],
    ]);
    const summary = v.safeParse(richTextField('summary'), [nestedBullets(MAX_LIST_DEPTH + 2)]);
    expect(summary.issues?.map((issue) => fieldRuleOf(issue.message))).toEqual([{ code: 'listTooDeep', field: 'summary', max: MAX_LIST_DEPTH, depth: MAX_LIST_DEPTH + 2 }]);
  });

  it('writes sub-points indented under their point in plain text', () => {
    const text: RichText = [{ type: 'bulletList', items: [{ content: [{ text: 'Grupper:' }], list: { type: 'numberedList', items: [[{ text: 'barn' }], [{ text: 'eldre' }]] } }, [{ text: 'Neste' }]] }];
    expect(plainTextOf(text)).toBe('• Grupper:\n  1. barn\n  2. eldre\n• Neste');
  });
});
