/**
 * `npm run schema` writes `docs/meeting-file.schema.json`, the JSON Schema of the meeting file,
 * generated from the valibot schemas in `src/domain/model.ts` so the two cannot drift apart
 * (`meetingFileSchema.test.ts` fails when the committed file differs from what this generates).
 * `npm run schema -- --migrate <fil.json>…` rewrites meeting files of an older version to the current one
 * with the domain's migration, keeping every field as written (no defaults filled in).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { migrateMeetingFile, parseMeetingFile } from '../src/domain/meetingFile';
import { MEETING_FILE_FORMAT, MeetingFileSchema } from '../src/domain/model';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/meeting-file.schema.json', import.meta.url));

/** The JSON Schema text as committed: what a producer may write (defaults optional), two-space indented. */
export function meetingFileJsonSchemaText(): string {
  // What a producer may write: the input side (defaults optional). Rules in code (`v.check`, `rule`) have
  // no JSON Schema form and are left to Møtebok's own parse; brands are types only.
  const schema = toJsonSchema(MeetingFileSchema, { typeMode: 'input', target: 'draft-2020-12', errorMode: 'ignore' });
  const documented = { ...schema, $id: 'https://motebok.example.no/schema/meeting-file.schema.json', title: `Møtebok meeting file (${MEETING_FILE_FORMAT})` };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

/** Migrates one file in place; refuses (throws MeetingFileError with every problem) if the result does not parse. */
export function migrateFileInPlace(path: string): void {
  const migrated = migrateMeetingFile(JSON.parse(readFileSync(path, 'utf8')));
  parseMeetingFile(migrated);
  writeFileSync(path, `${JSON.stringify(migrated, null, 2)}\n`);
}

function main(argv: readonly string[]): void {
  if (argv[0] === '--migrate') {
    for (const path of argv.slice(1)) {
      migrateFileInPlace(path);
      console.log(`Oppdaterte ${path} til ${MEETING_FILE_FORMAT}`);
    }
    return;
  }
  writeFileSync(SCHEMA_PATH, meetingFileJsonSchemaText());
  console.log(`Skrev ${SCHEMA_PATH}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2));
}
