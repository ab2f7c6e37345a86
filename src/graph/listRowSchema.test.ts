import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ListRowSchema } from './listsGateway';

describe('a list row as Graph answers it', () => {
  it('keeps every column of the open field set, whatever its value, and every other property of the row', () => {
    const fields = { '@odata.etag': '"1,3"', Title: 'Møte', SortOrder: 2, Attachments: false, FollowUpTasks: null, Nested: { a: [1] } };
    const row = v.parse(ListRowSchema, { id: '7', eTag: '"1,3"', lastModifiedBy: { user: { displayName: 'Kari' } }, fields });
    expect(row.fields).toEqual(fields);
    expect(row.fields).not.toBe(fields); // a copy: the answer's object is not handed on
    expect(row['lastModifiedBy']).toEqual({ user: { displayName: 'Kari' } });
    expect(v.parse(ListRowSchema, { id: '8' }).fields).toEqual({});
  });

  it('refuses a row whose fields are not an object, or without its id', () => {
    for (const fields of ['MotebokJson', 3, null, true]) expect(v.safeParse(ListRowSchema, { id: '7', fields }).success).toBe(false);
    expect(v.safeParse(ListRowSchema, { fields: {} }).success).toBe(false);
    expect(v.safeParse(ListRowSchema, { id: 7, fields: {} }).success).toBe(false);
  });
});
