// The opening and closing steps every committee walk takes (amu, helseforetak, kommunestyre,
// kontrollutvalg, raad, …): a site with a committee on it, a new committee made from a preset
// through the workspace's settings as a secretary makes it (labels and roles, not test ids), a
// meeting made with «Nytt møte», rows added to the saksliste, the innkalling previewed and sent,
// the meeting held in the side panel and its protokoll made and read back. What a walk pins (the
// preset's numbers, words, members, documents) stays in the walk; see e2e/README.md «Committee walks».
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { docxParagraphs } from '../../src/documents/testing/docxText';
import type { Committee, DocumentRef, Meeting } from '../../src/domain/model';
import { graph, passwordToken } from '../../tenant/testing/tenantClient';
import { openSignedIn } from './appHarness';
import { screenshotPath } from './screenshots';
import { fixture, openWorkspace, ROOT, SECRETARY_UPN, startWorkspaceHarness, type WorkspaceHarness } from './workspaceHarness';

/** The workspace language a walk speaks: bokmål, or nynorsk (`?locale=nn-NO`). */
export type WalkLanguage = 'nb' | 'nn';

/** The labels the walk's steps find things by, in each workspace language (as the catalogues have them). */
const WORDS = {
  nb: {
    locale: 'nb-NO',
    settings: 'Innstillinger for møteorganet',
    settingsOf: 'Innstillinger for',
    preset: /Start fra en mal/,
    name: 'Navn på møteorganet',
    shortName: 'Kortnavn (brukes i filnavn)',
    organisation: 'Hører til (organisasjon)',
    starts: 'Starter',
    ends: 'Slutter',
    place: 'Sted',
    preview: 'Forhåndsvis innkallingen',
    previewFrame: 'iframe[title^="Forhåndsvisning"]',
    recipients: /Mottakere \(\d+\)/,
    // Named by the committee's word for its list (conventions.agendaHeading): a samarbeidsutvalg's «sakskartet».
    backToAgenda: /^Tilbake til (sakslisten|sakskartet|dagsordenen)$/,
    attendanceTab: 'Oppmøte',
    present: 'Til stede',
    absent: 'Forfall',
    substitute: (name: string) => `Vara for ${name}: navn`,
    inProgress: 'Møtet pågår',
    held: 'Møtet er holdt',
  },
  nn: {
    locale: 'nn-NO',
    settings: 'Innstillingar for møteorganet',
    settingsOf: 'Innstillingar for',
    preset: /Start frå ein mal/,
    name: 'Namn på møteorganet',
    shortName: 'Kortnamn (vert brukt i filnamn)',
    organisation: 'Høyrer til (organisasjon)',
    starts: 'Byrjar',
    ends: 'Sluttar',
    place: 'Stad',
    preview: 'Førehandsvis innkallinga',
    previewFrame: 'iframe[title^="Førehandsvis"]',
    recipients: /Mottakarar \(\d+\)/,
    backToAgenda: /^Tilbake til (saklista|sakskartet|dagsordenen)$/,
    attendanceTab: 'Oppmøte',
    present: 'Til stades',
    absent: 'Forfall',
    substitute: (name: string) => `Vara for ${name}: namn`,
    inProgress: 'Møtet går føre seg',
    held: 'Møtet er halde',
  },
} as const;

/** What «Nytt møteorgan» is filled with before the walk's own fields: the preset and the committee's names. */
export interface NewCommittee {
  /** The preset's option in «Start fra en mal» (a string is matched exactly). */
  preset: string | RegExp;
  shortName: string;
  organisation: string;
}

/** A member typed in the committee's form by name and e-post (outside the directory), with the organisation they represent. */
export interface NewMember {
  name: string;
  email: string;
  /** «Organisasjon (valgfritt)». */
  organisation?: string;
}

/** The «Nytt møte» dialog's fields. */
export interface NewMeeting {
  date: string;
  starts: string;
  ends: string;
  place?: string;
}

/** A row added at the end of the saksliste with «Legg til sak». */
export interface NewRow {
  /** Made an «Overskrift» row (no number). */
  heading?: boolean;
  /** The sakstype checkbox's exact label. */
  kind?: string;
  /** «Arkivreferanse», the sak's number in the sak/arkiv system. */
  archiveRef?: string;
}

/**
 * Who met, as the side panel's «Oppmøte» records it: the members present, those with forfall (each with the vara who met
 * for them), and someone who is no member, added by role.
 */
export interface Attendance {
  present: readonly string[];
  absent?: ReadonlyArray<{ name: string; vara?: string }>;
  /** «Legg til deltaker som ikke er fast medlem» with «Rolle for deltakeren» (the nb screens' labels). */
  added?: { name: string; role: string };
}

/** The protokoll (or referat) the side panel made, read back from the site. */
export interface MadeMinutes {
  minutes: DocumentRef;
  /** The .docx's paragraphs, one a line. */
  text: string;
  /** What the side panel's «Etter møtet» tab showed before the protokoll was made. */
  afterTab: string;
}

/** Which walk: the committee it makes, the language its screens speak, and the name its files in out/ take. */
export interface WalkOptions {
  /** The committee's name, as the walk types it in «Nytt møteorgan». */
  name: string;
  /** Names what the walk writes: out/<slug>-log.json, out/<slug>-protokoll.docx, <slug>-….png. */
  slug: string;
  /** The workspace language (default bokmål). */
  language?: WalkLanguage;
}

export interface CommitteeWalk extends Required<WalkOptions> {
  harness: WorkspaceHarness;
  /** The committee as stored (read through Graph as the secretary), once created. */
  committee(): Promise<Committee | undefined>;
  /** The committee's first meeting as stored. */
  meeting(): Promise<Meeting | undefined>;
  /** The workspace, signed in, in the walk's language. */
  openWorkspace(page: Page): Promise<void>;
  /**
   * The workspace's settings → «Nytt møteorgan», the preset chosen, name, short name and
   * organisation typed. Returns the form for the walk's own fields and checks.
   */
  newCommitteeForm(page: Page, committee: NewCommittee): Promise<Locator>;
  /** «Legg til medlem» for each of `members` in the form, waiting until each is listed. */
  addMembers(form: Locator, members: readonly NewMember[]): Promise<void>;
  /** `deputy`'s «Rolle» made «Varamedlem», and «… er personlig vara for» `member`. */
  makePersonalVara(form: Locator, deputy: string, member: string): Promise<void>;
  /** «Opprett møteorganet», then waits for the new committee's settings; returns it as stored. */
  createCommittee(page: Page, form: Locator): Promise<Committee | undefined>;
  /**
   * «Nytt møte» for the walk's committee (chosen in «Møteorgan» unless `chooseCommittee` is false),
   * the dialog filled and sent; returns the saksliste once it shows.
   */
  newMeeting(page: Page, meeting: NewMeeting, options?: { chooseCommittee?: boolean }): Promise<Locator>;
  /** «Legg til sak», the title typed, the row kind, sakstype and arkivsak set, «Lukk». */
  addRow(page: Page, title: string, row?: NewRow): Promise<void>;
  /** Waits until the workspace says everything is saved. */
  saved(page: Page): Promise<void>;
  /** «Forhåndsvis innkallingen»; waits until the preview shows `until`, returns its text. Escape closes it. */
  preview(page: Page, until: RegExp): Promise<string>;
  /** «Send innkalling» (or `button`): the dialog once it counts its recipients. */
  openSendDialog(page: Page, button?: string): Promise<Locator>;
  /** The send dialog's «Send», then waits for the dialog to close. */
  send(dialog: Locator): Promise<void>;
  /** Waits until the stored meeting has `status`. */
  status(status: Meeting['status']): Promise<void>;
  /** The side panel at 320 px for `meetingId` as `upn` (the secretary), in the walk's language or `locale`. */
  openSidePanel(context: BrowserContext, meetingId: string, options?: { upn?: string; locale?: string }): Promise<Page>;
  /** «Start møtet» in the side panel, then waits until the status says the meeting is in progress. */
  startMeeting(page: Page): Promise<void>;
  /**
   * The «Oppmøte» tab: each of `present` «Til stede», each `absent` «Forfall» with her vara typed (Tab leaves the field), and
   * someone `added` by role, waiting until the tab lists him. Leaves the tab open.
   */
  recordAttendance(page: Page, attendance: Attendance): Promise<void>;
  /** Opens the sak in the side panel and puts it on the stage. */
  setCurrent(page: Page, itemId: string): Promise<void>;
  /** «Ferdig behandlet» on the open sak, then waits until it is saved. */
  markTreated(page: Page): Promise<void>;
  /**
   * Back to the saksliste, «Avslutt møtet», «Etter møtet», «Lag protokoll»; the stored document is
   * downloaded, written to out/<slug>-protokoll.docx and read back.
   */
  endAndMakeMinutes(page: Page): Promise<MadeMinutes>;
  /**
   * The innkalling's event in the secretary's calendar, as every invitee gets it (one event, rendered from the public
   * view): its subject, its HTML body, and the body as text. Found by the committee's name in its subject, or by `subject`
   * where the heading reads the name into one phrase («Innkalling til årsmøte i …» for «Årsmøtet i …»).
   */
  invitation(subject?: string): Promise<{ subject: string; html: string; text: string }>;
  /** Writes what each step showed to out/<slug>-log.json and closes the harness. */
  close(log: Record<string, unknown>): Promise<void>;
}

/**
 * A people picker's search result for `name`: the option whose name begins with it (its address follows:
 * the directory gives only the basic profile, no job title), anchored, so a chosen person's tag — an option too,
 * named «Fjern <name>» — is never the one found.
 */
export function personOption(page: Page, name: string): Locator {
  return page.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

/** Types `typed` into a people picker and picks the search result for `name` (`personOption`). */
export async function pickPerson(page: Page, combobox: Locator, typed: string, name: string): Promise<void> {
  await combobox.fill(typed);
  await personOption(page, name).first().click();
}

/** «Nytt møte» in the open workspace, the dialog filled in `language`: returns the dialog, not yet sent. */
export async function fillNewMeeting(page: Page, { date, starts, ends, place }: NewMeeting, language: WalkLanguage = 'nb'): Promise<Locator> {
  const words = WORDS[language];
  await page.getByRole('button', { name: 'Nytt møte' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Dato').fill(date);
  await dialog.getByLabel(words.starts).fill(starts);
  await dialog.getByLabel(words.ends).fill(ends);
  if (place !== undefined) await dialog.getByLabel(words.place).fill(place);
  return dialog;
}

/** «Opprett møtet» in the filled dialog; waits until it closes, or fails with what the dialog says (a refused meeting says why). */
export async function createMeeting(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 60_000 }).catch(async (error: unknown) => {
    throw new Error(`${await dialog.innerText().catch(() => '')}\n${String(error)}`);
  });
}

/**
 * A fresh site for a committee walk: the workspace harness, the site provisioned, and the 2026
 * partnerskapsmøte's committee on it (the workspace opens as on a used site).
 */
export async function startCommitteeWalk({ name, slug, language = 'nb' }: WalkOptions): Promise<CommitteeWalk> {
  const harness = await startWorkspaceHarness();
  const repository = harness.repositoryAs(SECRETARY_UPN);
  await repository.ensureProvisioned();
  await repository.saveCommittee(fixture('pm-2026').committee);
  const words = WORDS[language];
  const query = language === 'nb' ? '' : `?locale=${words.locale}`;

  const committee = async () => (await repository.listCommittees()).find((entry) => entry.value.name === name)?.value;
  const meeting = async () => (await repository.listMeetings((await committee())?.id ?? ''))[0]?.value;
  const saved = (page: Page) => expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 30_000 }).toBe('saved');
  const sideSaved = (page: Page) => expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
  const sideStatus = (page: Page, text: string) => expect.poll(() => page.getByTestId('meeting-status').textContent(), { timeout: 20_000 }).toBe(text);

  return {
    harness,
    name,
    slug,
    language,
    committee,
    meeting,
    openWorkspace: (page) => openWorkspace(page, harness.appUrl, query),

    async newCommitteeForm(page, { preset, shortName, organisation }) {
      await openWorkspace(page, harness.appUrl, query);
      await page.getByRole('button', { name: words.settings }).click();
      await page.getByRole('button', { name: 'Nytt møteorgan' }).click();
      const form = page.getByRole('form', { name: 'Nytt møteorgan' });
      await form.getByRole('combobox', { name: words.preset }).click();
      await page.getByRole('option', typeof preset === 'string' ? { name: preset, exact: true } : { name: preset }).click();
      await form.getByLabel(words.name).fill(name);
      await form.getByLabel(words.shortName).fill(shortName);
      await form.getByLabel(words.organisation).fill(organisation);
      return form;
    },

    async addMembers(form, members) {
      for (const member of members) {
        await form.getByLabel('Navn på medlemmet').fill(member.name);
        await form.getByLabel('E-post til medlemmet').fill(member.email);
        if (member.organisation !== undefined) await form.getByLabel('Organisasjon (valgfritt)').fill(member.organisation);
        await form.getByRole('button', { name: 'Legg til medlem' }).click();
        await expect.poll(() => form.getByText(member.name, { exact: true }).count()).toBeGreaterThan(0);
      }
    },

    async makePersonalVara(form, deputy, member) {
      await form.getByLabel(`Rolle for ${deputy}`).selectOption({ label: 'Varamedlem' });
      await form.getByLabel(`${deputy} er personlig vara for`).selectOption({ label: member });
    },

    async createCommittee(page, form) {
      await form.getByRole('button', { name: 'Opprett møteorganet' }).click();
      await page.getByRole('heading', { name: `${words.settingsOf} ${name}` }).waitFor({ timeout: 20_000 });
      return committee();
    },

    async newMeeting(page, meeting, { chooseCommittee = true } = {}) {
      await openWorkspace(page, harness.appUrl, query);
      if (chooseCommittee) {
        await page.getByRole('combobox', { name: /Møteorgan/ }).first().click();
        await page.getByRole('option', { name }).click();
      }
      await createMeeting(await fillNewMeeting(page, meeting, language)).catch(async (error: unknown) => {
        await page.screenshot({ path: screenshotPath(`${slug}-new-meeting-refused.png`), fullPage: true });
        throw error;
      });
      // Named by the committee's word for its list (conventions.agendaHeading): a generalforsamling's «Dagsorden».
      const agenda = page.getByRole('list', { name: /^(Saks?liste|Sakskart|Dagsorden)$/ });
      await agenda.waitFor({ timeout: 30_000 });
      return agenda;
    },

    async addRow(page, title, { heading, kind, archiveRef } = {}) {
      await page.getByRole('button', { name: 'Legg til sak' }).click();
      await page.getByRole('textbox', { name: 'Tittel', exact: true }).fill(title);
      if (heading) await page.getByRole('radio', { name: 'Overskrift' }).check();
      if (kind !== undefined) await page.getByRole('checkbox', { name: kind, exact: true }).check();
      if (archiveRef !== undefined) await page.getByRole('textbox', { name: /^Arkivreferanse/ }).fill(archiveRef);
      await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    },

    saved,

    async preview(page, until) {
      await page.getByRole('button', { name: words.preview }).click();
      const body = page.frameLocator(words.previewFrame).locator('body');
      await expect.poll(() => body.innerText(), { timeout: 20_000 }).toMatch(until);
      return body.innerText();
    },

    async openSendDialog(page, button = 'Send innkalling') {
      await page.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.innerText()).toMatch(words.recipients);
      return dialog;
    },

    async send(dialog) {
      await dialog.getByRole('button', { name: 'Send', exact: true }).click();
      await dialog.waitFor({ state: 'detached', timeout: 120_000 });
    },

    async status(status) {
      await expect.poll(async () => (await meeting())?.status, { timeout: 30_000 }).toBe(status);
    },

    async openSidePanel(context, meetingId, { upn = SECRETARY_UPN, locale = language === 'nb' ? undefined : words.locale } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 900 });
      const side = new URL('/sidepanel.html', harness.appUrl);
      side.search = new URLSearchParams({ meeting: meetingId, upn, ...(locale ? { locale } : {}) }).toString();
      await openSignedIn(page, side.href, page.getByTestId('agenda-list'));
      return page;
    },

    async startMeeting(page) {
      await page.getByTestId('start-meeting').click({ timeout: 60_000 });
      await sideStatus(page, words.inProgress);
    },

    async recordAttendance(page, { present, absent = [], added }) {
      await page.getByRole('tab', { name: words.attendanceTab }).click();
      await page.getByTestId('attendance').waitFor({ timeout: 30_000 });
      for (const name of present) await page.getByLabel(`Status for ${name}`).selectOption({ label: words.present });
      for (const { name, vara } of absent) {
        await page.getByLabel(`Status for ${name}`).selectOption({ label: words.absent });
        if (vara === undefined) continue;
        await page.getByLabel(words.substitute(name)).fill(vara);
        await page.keyboard.press('Tab');
      }
      if (added === undefined) return;
      await page.getByLabel('Legg til deltaker som ikke er fast medlem').fill(added.name);
      await page.getByLabel('Rolle for deltakeren').selectOption({ label: added.role });
      await page.getByRole('button', { name: 'Legg til', exact: true }).first().click();
      await expect.poll(() => page.getByTestId('attendance').innerText()).toContain(added.name);
    },

    async setCurrent(page, itemId) {
      await page.getByTestId(`agenda-item-${itemId}`).click();
      await page.getByTestId('set-current').click();
    },

    async markTreated(page) {
      await page.getByTestId('mark-treated').click();
      await sideSaved(page);
    },

    async endAndMakeMinutes(page) {
      const held = await meeting();
      await page.getByRole('button', { name: words.backToAgenda }).click();
      await page.getByTestId('end-meeting').click();
      await page.getByTestId('confirm-end-meeting-confirm').click();
      await sideStatus(page, words.held);
      await page.getByTestId('tab-after').click();
      const afterTab = await page.locator('body').innerText();
      await page.getByTestId('generate-referat').click();
      await page.getByTestId('referat-stored').waitFor({ timeout: 90_000 });
      await sideSaved(page);
      const minutes = (await repository.getMeeting(held?.id ?? ''))?.value.minutes;
      if (!minutes) throw new Error(`protokollen for ${name} ble ikke registrert på møtet`);
      const bytes = new Uint8Array(await repository.downloadDocument(minutes));
      mkdirSync(path.join(ROOT, 'out'), { recursive: true });
      writeFileSync(path.join(ROOT, `out/${slug}-protokoll.docx`), bytes);
      return { minutes, text: (await docxParagraphs(bytes)).join('\n'), afterTab };
    },

    async invitation(subject = name) {
      const token = await passwordToken(harness.tenant, SECRETARY_UPN, ['Calendars.ReadWrite']);
      const events = (await graph(harness.tenant, token, '/me/events?$top=100')).json() as { value: { subject: string; body: { content: string } }[] };
      const event = events.value.find((candidate) => candidate.subject.includes(subject));
      if (event === undefined) throw new Error(`innkallingen til ${name} finnes ikke i sekretærens kalender`);
      return { subject: event.subject, html: event.body.content, text: event.body.content.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
    },

    async close(log) {
      mkdirSync(path.join(ROOT, 'out'), { recursive: true });
      writeFileSync(path.join(ROOT, `out/${slug}-log.json`), JSON.stringify(log, null, 2));
      await harness.close();
    },
  };
}
