/**
 * `npm run docs -- <type> [--public] <møtefil.json> [-o <fil|mappe>] [--item <saksnummer>]`
 *
 * Renders the documents of a meeting file without the app: the innkalling, one or all
 * saksframlegg, the referat, or the invite's HTML body. The file is parsed with the domain's
 * schema; every problem (unknown type, missing file, invalid JSON, schema errors) is reported in
 * Norwegian and the process exits with 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseMemoFileName, innkallingFileName, referatFileName } from '../src/domain/attachments';
import { withCurrentNumberFormat } from '../src/domain/caseNumbering';
import { publicFileName, publicVersion } from '../src/domain/confidentiality';
import { isDomainError } from '../src/domain/errors';
import { MeetingFileError, parseMeetingFile } from '../src/domain/meetingFile';
import type { MeetingFile } from '../src/domain/model';
import { meetingFileErrorText } from '../src/ui/shared/meetingFileText';
import { findItem, renderAgendaHtml, renderInnkallingDocx, renderReferatDocx, renderSaksframleggDocx, UnknownItemError } from '../src/documents';

export const DOCUMENT_KINDS = ['innkalling', 'saksframlegg', 'referat', 'agenda-html'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const USAGE = `Bruk: npm run docs -- <type> [--public] <møtefil.json> [-o <fil eller mappe>] [--item <saksnummer>]

Typer:
  innkalling     innkallingen med sakslisten (.docx)
  saksframlegg   saksframlegget for én sak (--item 2025.03), eller alle saker i en mappe (-o mappe)
  referat        referatet (.docx)
  agenda-html    sakslisten som HTML for kalenderinvitasjonen

  --public       offentlig versjon: saker og vedlegg unntatt offentlighet vises bare med
                 offentlig tittel og hjemmel (til publisering og eInnsyn)

Eksempel: npm run docs -- innkalling fixtures/meetings/pm-2026.json -o innkalling.docx`;

/** A problem the user can fix; printed as it is, without a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface DocsArguments {
  kind: DocumentKind;
  meetingPath: string;
  output?: string;
  item?: string;
  /** The offentlig versjon (confidentiality.ts `publicVersion`). */
  public: boolean;
}

function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export function parseArguments(argv: readonly string[]): DocsArguments {
  const positional: string[] = [];
  let output: string | undefined;
  let item: string | undefined;
  let publicOnly = false;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] ?? '';
    if (argument === '-o' || argument === '--output' || argument === '--item') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`Valget ${argument} mangler en verdi.`);
      if (argument === '--item') item = value;
      else output = value;
      i += 1;
    } else if (argument === '--public') {
      publicOnly = true;
    } else if (argument.startsWith('-')) {
      throw new UsageError(`Ukjent valg «${argument}».`);
    } else {
      positional.push(argument);
    }
  }
  const [kind, meetingPath, ...extra] = positional;
  if (kind === undefined) throw new UsageError('Oppgi hvilken type dokument som skal lages.');
  if (!isDocumentKind(kind)) throw new UsageError(`Ukjent dokumenttype «${kind}». Velg en av: ${DOCUMENT_KINDS.join(', ')}.`);
  if (meetingPath === undefined) throw new UsageError('Oppgi møtefilen (JSON) som skal brukes.');
  if (extra.length > 0) throw new UsageError(`For mange argumenter: ${extra.map((e) => `«${e}»`).join(', ')}.`);
  if (item !== undefined && kind !== 'saksframlegg') throw new UsageError('--item gjelder bare saksframlegg.');
  return { kind, meetingPath, output, item, public: publicOnly };
}

export function readMeetingFile(path: string): MeetingFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new UsageError(code === 'ENOENT' ? `Finner ikke filen «${path}».` : code === 'EISDIR' ? `«${path}» er en mappe, ikke en møtefil.` : `Kunne ikke lese «${path}».`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Filen «${path}» er ikke gyldig JSON (${error instanceof SyntaxError ? error.message : 'ukjent feil'}).`);
  }
  const file = parseMeetingFile(json);
  // A draft's numbers follow the committee's format as it is now; a sent meeting keeps the numbers it was sent with.
  return { ...file, meeting: withCurrentNumberFormat(file.meeting, file.committee) };
}

function write(path: string, content: Uint8Array | string): string {
  try {
    writeFileSync(path, content);
  } catch {
    throw new UsageError(`Kunne ikke skrive «${path}». Finnes mappen, og har du skrivetilgang?`);
  }
  return path;
}

/** Runs the command; returns the paths written. */
export async function runDocs(argv: readonly string[], cwd: string = process.cwd()): Promise<string[]> {
  const args = parseArguments(argv);
  const full = readMeetingFile(resolve(cwd, args.meetingPath));
  // The public version is rendered from the public view, so no renderer decides on its own what to leave out.
  const file = args.public ? publicVersion(full) : full;
  const named = (name: string) => (args.public ? publicFileName(name, file.committee.languageForm) : name);
  const at = (name: string) => resolve(cwd, args.output ?? named(name));
  switch (args.kind) {
    case 'innkalling':
      return [write(at(innkallingFileName(file.committee, file.meeting)), await renderInnkallingDocx(file))];
    case 'referat':
      return [write(at(referatFileName(file.committee, file.meeting)), await renderReferatDocx(file))];
    case 'agenda-html':
      return [write(at(innkallingFileName(file.committee, file.meeting).replace(/\.docx$/, '.html')), renderAgendaHtml(file))];
    case 'saksframlegg': {
      if (args.item !== undefined) {
        const item = findItem(file, args.item);
        return [write(at(caseMemoFileName(item, file.committee, file.meeting)), await renderSaksframleggDocx(file, item.id))];
      }
      const folder = resolve(cwd, args.output ?? '.');
      try {
        mkdirSync(folder, { recursive: true });
      } catch {
        throw new UsageError(`Kunne ikke lage mappen «${folder}».`);
      }
      const items = file.meeting.items.filter((item) => item.caseNumber !== null && !item.closing);
      const written: string[] = [];
      for (const item of items) {
        written.push(write(join(folder, named(caseMemoFileName(item, file.committee, file.meeting))), await renderSaksframleggDocx(file, item.id)));
      }
      return written;
    }
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exitCode = argv.length === 0 ? 1 : 0;
    return;
  }
  try {
    const written = await runDocs(argv);
    for (const path of written) console.log(`Skrev ${path}`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownItemError || isDomainError(error)) {
      // A meeting file's problems are data: worded in bokmål from the app's own catalogue.
      const message = error instanceof MeetingFileError ? meetingFileErrorText(error) : error instanceof Error ? error.message : String(error);
      console.error(`Feil: ${message}`);
      if (error instanceof UsageError) console.error(`\n${USAGE}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void main();
}
