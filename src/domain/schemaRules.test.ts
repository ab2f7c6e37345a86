import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PersonSchema } from './model';
import { describeIssues, emailField, isIsoInstant, issueKeys, rule } from './schemaRules';
import { fieldRuleOf } from './fieldRules';

describe('issues without a message of their own', () => {
  it("read in valibot's English wording, naming what was expected and what came", () => {
    const result = v.safeParse(v.strictObject({ name: v.string(), count: v.pipe(v.number(), v.minValue(3)) }), { name: 7, count: 1 });
    expect(result.issues?.map((issue) => issue.message)).toEqual(['Invalid type: Expected string but received 7', 'Invalid value: Expected >=3 but received 1']);
  });

  it("leave the model's own rules as data, no words (fieldRules.ts: the screens word them)", () => {
    const result = v.safeParse(PersonSchema, { name: '', email: 'ikke-en-adresse' });
    expect(result.issues?.map((issue) => fieldRuleOf(issue.message))).toEqual([{ code: 'required', field: 'personName' }, { code: 'badEmail', of: 'person' }]);
  });

  it('are described with the path of the field', () => {
    const result = v.safeParse(v.strictObject({ value: v.array(v.strictObject({ id: v.string() })) }), { value: [{ id: 'a' }, { id: 2 }] });
    expect(describeIssues(result.issues ?? [])).toBe('value.1.id: Invalid type: Expected string but received 2');
  });
});

describe('rule', () => {
  const Pair = v.pipe(
    v.strictObject({ items: v.array(v.strictObject({ id: v.pipe(v.string(), v.maxLength(3, 'for lang')) })) }),
    rule<{ items: { id: string }[] }>((value, ctx) => {
      value.items.forEach((item, index) => {
        if (value.items.findIndex((other) => other.id === item.id) !== index) ctx.addIssue({ path: ['items', index, 'id'], message: 'to like' });
      });
    }),
  );

  it('reports each problem at its own path inside the value', () => {
    const result = v.safeParse(Pair, { items: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] });
    expect(result.issues?.map((issue) => [issueKeys(issue), issue.message])).toEqual([[['items', 2, 'id'], 'to like']]);
  });

  it('does not run on a value whose parts did not parse', () => {
    const result = v.safeParse(Pair, { items: [{ id: 'a' }, { id: 'a' }, { id: 'langt' }] });
    expect(result.issues?.map((issue) => issue.message)).toEqual(['for lang']);
  });
});

describe('formats kept from before', () => {
  it("accept an apostrophe in an e-mail address's local part, and refuse what is not an address", () => {
    expect(v.is(emailField('person'), "o'brien@example.no")).toBe(true);
    expect(fieldRuleOf(v.safeParse(emailField('grant'), 'ikke-en-adresse').issues?.[0]?.message ?? '')).toEqual({ code: 'badEmail', of: 'grant' });
    expect(fieldRuleOf(v.safeParse(emailField('role'), 5).issues?.[0]?.message ?? '')).toEqual({ code: 'badEmail', of: 'role' });
  });

  it('accept ISO instants with an offset, and no instant without one or on a day that does not exist', () => {
    expect(isIsoInstant('2026-03-05T14:30:00+01:00')).toBe(true);
    expect(isIsoInstant('2024-02-29T13:30:00.5Z')).toBe(true);
    expect(isIsoInstant('2026-03-05T14:30:00')).toBe(false);
    expect(isIsoInstant('2026-02-29T13:30:00Z')).toBe(false);
  });
});
