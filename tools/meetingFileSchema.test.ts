import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeetingFileText } from '../src/domain/meetingFile';
import { meetingFileJsonSchemaText, SCHEMA_PATH } from './meetingFileSchema';

describe('the meeting file JSON Schema', () => {
  it('is committed as generated from the valibot schemas (run npm run schema after changing the model)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(meetingFileJsonSchemaText());
  });

  it('refuses unknown fields and requires the current version, as the parser does', () => {
    const schema = JSON.parse(meetingFileJsonSchemaText()) as {
      additionalProperties: unknown;
      required: string[];
      properties: { formatVersion: { const: string } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['formatVersion', 'committee', 'meeting']);
    expect(schema.properties.formatVersion.const).toBe('motebok-meeting/2');
  });

  it('documents an example that parses as a current meeting file', () => {
    const guide = readFileSync(new URL('../docs/meeting-file.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toContain('"formatVersion": "motebok-meeting/2"');
    expect(parseMeetingFileText(example ?? '').meeting.items.map((item) => item.caseNumber)).toEqual(['Sak 01-26', null]);
  });
});
