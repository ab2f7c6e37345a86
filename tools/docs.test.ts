import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../src/documents/testing/docxText';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(repo, 'fixtures', 'meetings', name);

// tsx resolved from the repository: the CLI runs in a temporary working directory.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs the CLI as `npm run docs` does (tsx), in its own process. */
function docs(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, join(repo, 'tools', 'docs.ts'), ...args], { cwd: workDir, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'motebok-docs-cli-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

// Each case spawns Node with tsx (a cold TypeScript compile); on a shared two-core machine that can take
// several seconds, so the cases get more room than the suite default.
describe('npm run docs', { timeout: 120_000 }, () => {
  it('writes the innkalling of a meeting file to the given path', async () => {
    const out = join(workDir, 'innkalling.docx');
    const run = docs('innkalling', fixture('pm-2026.json'), '-o', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Skrev ${out}`);
    expect(await docxParagraphs(readFileSync(out))).toContain('Innkalling Partnerskapsmøtet 11.06.26');
  });

  it('writes one saksframlegg with --item, and every numbered item into a folder without it', async () => {
    const one = join(workDir, 'memo.docx');
    expect(docs('saksframlegg', fixture('pm-2025.json'), '--item', '2025.03', '-o', one).status).toBe(0);
    expect(await docxParagraphs(readFileSync(one))).toContain('Rekruttering- og samhandlingstilskudd');
    const folder = join(workDir, 'alle');
    expect(docs('saksframlegg', fixture('pm-2025.json'), '-o', folder).status).toBe(0);
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(8);
    expect(names[2]).toBe('2025.03 Saksgrunnlag Rekruttering- og samhandlingstilskudd PM 05.06.25.docx');
  });

  it('writes the public version with --public: the exempt sak keeps its number and shows only the hjemmel', async () => {
    const out = join(workDir, 'offentlig.docx');
    const run = docs('innkalling', '--public', fixture('pm-2026-unntatt.json'), '-o', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = (await docxParagraphs(readFileSync(out))).join('\n');
    expect(text).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(text).not.toContain('Prosjekt X');
    expect(docs('innkalling', '--public', fixture('pm-2026-unntatt.json')).status).toBe(0);
    expect(readdirSync(workDir)).toContain('Innkalling Partnerskapsmøtet 11.06.26 - offentlig versjon.docx');
  });

  it('names the file after the domain rules when -o is left out, and writes agenda HTML and referat', () => {
    expect(docs('referat', fixture('pm-2024.json')).status).toBe(0);
    expect(readdirSync(workDir)).toContain('Referat Partnerskapsmøtet 30.05.24.docx');
    const html = join(workDir, 'agenda.html');
    expect(docs('agenda-html', fixture('pm-2026.json'), '-o', html).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!-- motebok:agenda:start -->/);
  });

  it('refuses an unknown document type in Norwegian and exits 1', () => {
    const run = docs('dagsorden', fixture('pm-2026.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Ukjent dokumenttype «dagsorden». Velg en av: innkalling, saksframlegg, referat, agenda-html.');
  });

  it('reports a missing file and invalid JSON and exits 1', () => {
    const missing = docs('innkalling', 'finnes-ikke.json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Finner ikke filen');
    const broken = join(workDir, 'broken.json');
    writeFileSync(broken, '{"committee": ');
    const invalid = docs('innkalling', broken);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('er ikke gyldig JSON');
  });

  it('lists every schema problem with its path and exits 1 without writing', () => {
    const file = JSON.parse(readFileSync(fixture('pm-2026.json'), 'utf8')) as { meeting: { date: string; items: { title: string; caseNumber: string }[] } };
    file.meeting.date = '11.06.2026';
    const [first] = file.meeting.items;
    if (first === undefined) throw new Error('fixture has no items');
    first.title = '';
    (file as unknown as { committee: { caseNumberFormat: string } }).committee.caseNumberFormat = 'Sak {YY}';
    const bad = join(workDir, 'bad.json');
    writeFileSync(bad, JSON.stringify(file));
    const out = join(workDir, 'should-not-exist.docx');
    const run = docs('innkalling', bad, '-o', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Møtefilen er ugyldig (3 feil)');
    expect(run.stderr).toContain('meeting.date: Dato må ha formen ÅÅÅÅ-MM-DD');
    expect(run.stderr).toContain('meeting.items[0].title: Saken må ha en tittel');
    expect(run.stderr).toContain('committee.caseNumberFormat: Saksnummerformatet må ha ett løpenummer: {N}, {NN} eller {NNN}');
    expect(readdirSync(workDir)).not.toContain('should-not-exist.docx');
  });

  it('writes the 2026 draft\'s numbers in the committee\'s format: Sak 03-26 where it wrote 2026.03', async () => {
    const before = join(workDir, 'format-before.docx');
    expect(docs('innkalling', fixture('pm-2026.json'), '-o', before).status).toBe(0);
    const beforeText = (await docxParagraphs(readFileSync(before))).join('\n');
    expect(beforeText).toContain('2026.03');
    expect(beforeText).not.toContain('Sak 03-26');

    const file = JSON.parse(readFileSync(fixture('pm-2026.json'), 'utf8')) as { committee: { caseNumberFormat: string }; meeting: { status: string } };
    expect(file.meeting.status).toBe('draft');
    file.committee.caseNumberFormat = 'Sak {NN}-{YY}';
    const copy = join(workDir, 'pm-2026-sak-format.json');
    writeFileSync(copy, JSON.stringify(file));
    const after = join(workDir, 'format-after.docx');
    const run = docs('innkalling', copy, '-o', after);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const afterText = (await docxParagraphs(readFileSync(after))).join('\n');
    expect(afterText).toContain('Sak 03-26');
    expect(afterText).not.toContain('2026.03');
  });

  it('refuses a file with an unknown field, naming the field and its path, and exits 1', () => {
    const file = JSON.parse(readFileSync(fixture('pm-2026.json'), 'utf8')) as { meeting: { items: Record<string, unknown>[] } };
    file.meeting.items[2]!['saksbehandler'] = 'Kristin Liset';
    const bad = join(workDir, 'unknown-field.json');
    writeFileSync(bad, JSON.stringify(file));
    const run = docs('innkalling', bad, '-o', join(workDir, 'unknown-field.docx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Møtefilen er ugyldig (1 feil)');
    expect(run.stderr).toContain('meeting.items[2].saksbehandler: Ukjent felt');
    expect(readdirSync(workDir)).not.toContain('unknown-field.docx');
  });

  it('names the known case numbers when --item matches none, and refuses unknown options', () => {
    const run = docs('saksframlegg', fixture('pm-2025.json'), '--item', '2025.42');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Fant ingen sak «2025.42»');
    const option = docs('innkalling', fixture('pm-2026.json'), '--format', 'pdf');
    expect(option.status).toBe(1);
    expect(option.stderr).toContain('Ukjent valg «--format»');
  });
});
