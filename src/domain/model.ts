import * as z from 'zod/mini';
import './zodMessages';
import { ATTENDANCE_ROLE_IDS, CHAIR_ROLE_IDS, ConventionsSchema, ItemKindSchema, unknownKinds } from './conventions';
import { INVISIBLE_FORMATTING } from './fileNames';
import { MAX_CONCLUSION_POINT_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { richTextField } from './richText';
import { addMeetingRuleIssues } from './meetingRules';
import { CommitteeConfidentialitySchema, ExemptionSchema, ItemConfidentialitySchema } from './confidentialitySchemas';
import { isSafeUrl, SAFE_URL_MESSAGE } from './safeUrl';
import { textField } from './textRules';
import { ItemOutcomeSchema, MeetingStatusSchema } from './statusSchemas';

/**
 * The meeting model. Every piece of data that crosses a boundary (a file, SharePoint, the network,
 * IndexedDB) is parsed with these schemas, never cast. Types are inferred from the schemas so the
 * two cannot drift apart.
 */

// Pieces that recur in the model's objects, each built once: zod builds every `z.string()`, `.check()`
// and `z.optional()` in full when its line runs, and every page builds the model at start-up (issue 14:
// cold load). A schema holds no state, so one instance in many places parses exactly as separate ones.
const OptionalString = z.optional(z.string());
const NonEmptyString = z.string().check(z.minLength(1));
const OptionalNonEmptyString = z.optional(NonEmptyString);
const OptionalBoolean = z.optional(z.boolean());
const OptionalPositiveInteger = z.optional(z.number().check(z.int(), z.positive()));

export const LanguageFormSchema = z.enum(['nb', 'nn']);
/** Målform: bokmål or nynorsk. Documents follow the committee's målform. */
export type LanguageForm = z.infer<typeof LanguageFormSchema>;

/** Sakstyper are the committee's own list (`conventions.ts`); an item stores the kind's id. */
export { ItemKindSchema, type ItemKind } from './conventions';

/**
 * Case number as the committee writes it: "2026.03", "Sak 03-26", "PS 12/24". Its shape is the
 * committee's `caseNumberFormat` (caseNumbering.ts reads and writes it); a sent meeting keeps the
 * numbers it was sent with even if the format changes later, so the schema asks only for text.
 */
export const CaseNumberSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Saksnummeret er tomt'), z.maxLength(40, 'Saksnummeret kan ha høyst 40 tegn'))
  .brand<'CaseNumber'>();
export type CaseNumber = z.infer<typeof CaseNumberSchema>;

/** The committee's case number format: {YYYY}, {YY}, {N}, {NN}, {NNN} and literal text (caseNumbering.ts). */
export const CaseNumberFormatSchema = z.string().check(
  z.maxLength(40, 'Saksnummerformatet kan ha høyst 40 tegn'),
  z.refine(
    (format) => [...format.matchAll(/\{([^}]*)\}/g)].every(([, token]) => /^(YYYY|YY|N+)$/.test(token ?? '')),
    'Ukjent kode i saksnummerformatet. Bruk {YYYY}, {YY}, {N}, {NN} eller {NNN}',
  ),
  z.refine((format) => (format.match(/\{N+\}/g) ?? []).length === 1, 'Saksnummerformatet må ha ett løpenummer: {N}, {NN} eller {NNN}'),
);
export const DEFAULT_CASE_NUMBER_FORMAT = '{YYYY}.{NN}';

/** The serial runs through the year across meetings (2026.01 … in every meeting of 2026) or restarts at 1 in each meeting. */
export const CaseNumberSerialSchema = z.enum(['perYear', 'perMeeting']);
export type CaseNumberSerial = z.infer<typeof CaseNumberSerialSchema>;

export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må ha formen ÅÅÅÅ-MM-DD'));
export const ClockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Klokkeslett må ha formen TT:MM'));
const OptionalClockTime = z.optional(ClockTimeSchema);
export const EmailSchema = z.email('Ugyldig e-postadresse');

export const PersonSchema = z.strictObject({
  name: textField('Navnet', { max: MAX_TITLE_LENGTH, required: 'Navn mangler' }),
  email: z.optional(EmailSchema),
  /** Directory object id in the tenant, when known (people picker). */
  directoryId: OptionalString,
  /** Organisation the person represents: "Sykehuset i Vestfold", "Sandefjord kommune" … */
  organisation: OptionalString,
  /** Role or title, free text ("Kommunalsjef helse"). */
  title: OptionalString,
});
export type Person = z.infer<typeof PersonSchema>;
const OptionalPerson = z.optional(PersonSchema);
const People = z.array(PersonSchema);

/**
 * What a person is in the meeting: medlem, varamedlem, observatør, sekretariat, administrasjon, or
 * invited for one or more saker ("møtte for sak 12"). Absent means medlem, as in every file before
 * roles existed. The printed words are the committee's (conventions.ts `attendanceWordingOf`).
 */
export const AttendanceRoleSchema = z.enum(ATTENDANCE_ROLE_IDS);
export type AttendanceRole = z.infer<typeof AttendanceRoleSchema>;
export const ATTENDANCE_ROLES: readonly AttendanceRole[] = AttendanceRoleSchema.options;

/** Møteleiar / nestleiar: an office on top of the role. */
export const ChairRoleSchema = z.enum(CHAIR_ROLE_IDS);
export type ChairRole = z.infer<typeof ChairRoleSchema>;
export const CHAIR_ROLES: readonly ChairRole[] = ChairRoleSchema.options;

/** Which of a person's details a body prints after the name: "Kari Nordmann (Larvik kommune)", "Kari Nordmann, kommunalsjef". */
export const PersonDetailsSchema = z.enum(['none', 'organisation', 'title', 'titleAndOrganisation']);
export type PersonDetails = z.infer<typeof PersonDetailsSchema>;

/** A standing member of the committee, with the role and role group the attendance list prints. */
export const CommitteeMemberSchema = z.extend(PersonSchema, {
  role: z.optional(AttendanceRoleSchema),
  chairRole: z.optional(ChairRoleSchema),
  /** Role group in the attendance list ("Ordførarar"), one of the committee's `attendanceGroups`. */
  group: OptionalNonEmptyString,
});
export type CommitteeMember = z.infer<typeof CommitteeMemberSchema>;

export const LogoSchema = z.strictObject({
  name: z.string(),
  contentType: z.enum(['image/png', 'image/jpeg']),
  /** Image bytes, base64. Kept small: logos go into every document header. */
  base64: z.string(),
  widthPx: OptionalPositiveInteger,
  heightPx: OptionalPositiveInteger,
});
export type Logo = z.infer<typeof LogoSchema>;

/** The letter parts of an innkalling: "Vår ref."/"Dykkar ref.", an opening text and "Med vennleg helsing … sign.". */
export const LetterSchema = z.strictObject({
  ourRef: z.optional(textField('Vår referanse', { max: 100 })),
  yourRef: z.optional(textField('Deres referanse', { max: 100 })),
  ingress: z._default(richTextField('Innledningen'), []),
  /** "Med vennlig hilsen" / "Med vennleg helsing" */
  greeting: z.optional(textField('Hilsenen', { max: 200 })),
  /** Who signs, one per line: "Ola Nordmann (sign.)\nordfører". */
  signature: z.optional(textField('Underskriften', { max: 500, multiLine: true })),
});
export type Letter = z.infer<typeof LetterSchema>;

/** The committee's letterhead on every document: a line naming the organisation (beside the logo) and a footer line. */
export const LetterheadSchema = z.strictObject({
  organisationLine: z.optional(textField('Organisasjonslinjen', { max: 200 })),
  footer: z.optional(textField('Bunnteksten', { max: 300 })),
});
export type Letterhead = z.infer<typeof LetterheadSchema>;

export const AttachmentModeSchema = z.enum(['file', 'link', 'fileAndLink']);
/** How vedlegg reach the invite: attached files, SharePoint links, or both. */
export type AttachmentMode = z.infer<typeof AttachmentModeSchema>;

export const CommitteeSchema = z.strictObject({
  id: NonEmptyString,
  /** "Partnerskapsmøtet" */
  name: z.string().check(z.minLength(1, 'Navn på møteorganet mangler')),
  /** Used in file names: "PM" */
  shortName: NonEmptyString.check(z.maxLength(12)),
  /** The body the committee belongs to: "Helsefellesskapet i Vestfold" */
  organisation: OptionalString,
  languageForm: LanguageFormSchema,
  members: z.array(CommitteeMemberSchema),
  /** Role groups of the attendance list, in print order: ["Ordførarar", "Rådmenn", "Andre"]. Absent: grouped by role. */
  attendanceGroups: z.optional(z.array(z.string().check(z.trim(), z.minLength(1, 'Navnet på rollegruppen er tomt')))),
  /** What the documents print after a person's name. Absent: the organisation in the attendance list, the name alone in Ansvar. */
  personDetails: z.optional(PersonDetailsSchema),
  defaultChair: OptionalPerson,
  defaultMinuteTaker: OptionalPerson,
  defaultPlace: OptionalString,
  /** The "Til" line of the innkalling: "Partnerskapsmøtets faste medlemmer" */
  recipientsLine: OptionalString,
  /** How case numbers are written: "{YYYY}.{NN}" → 2026.03, "Sak {NN}-{YY}" → Sak 03-26 (replaces the old padding, see meetingFile.ts). */
  caseNumberFormat: z._default(CaseNumberFormatSchema, DEFAULT_CASE_NUMBER_FORMAT),
  caseNumberSerial: z._default(CaseNumberSerialSchema, 'perYear'),
  attachmentMode: z._default(AttachmentModeSchema, 'fileAndLink'),
  logos: z._default(z.array(LogoSchema), []),
  /** Shared mailbox of the secretariat that sends the invites, if not the user's own calendar. */
  senderMailbox: z.optional(EmailSchema),
  /**
   * Who may change Møtebok's lists and the committee's folders (SharePoint permissions, see
   * committeeAccess.ts): the secretariat (also manages the permissions) and the referents. Absent:
   * the standing referent is the secretariat, and the standing referent and chair are referents.
   */
  secretariat: z.optional(People),
  referents: z.optional(People),
  /** Who may see content unntatt offentlighet (confidentiality.ts). */
  confidentiality: z.optional(CommitteeConfidentialitySchema),
  /** The committee's wording, sakstyper and approval (conventions.ts); absent: today's Partnerskapsmøtet. */
  conventions: z.optional(ConventionsSchema),
  /** Organisation line and footer of its documents (the logo is `logos`). */
  letterhead: z.optional(LetterheadSchema),
  /** The Planner plan its oppfølgingspunkter become tasks in (the plan's id; followUp.ts). Absent: To Do. */
  followUpPlanId: z.optional(z.string().check(z.trim(), z.minLength(1, 'Plan-ID-en er tom'), z.maxLength(100, 'Plan-ID-en kan ha høyst 100 tegn'))),
});
export type Committee = z.infer<typeof CommitteeSchema>;

export const DocumentRefSchema = z.strictObject({
  /** File name in the library, already safe for SharePoint. */
  fileName: z.string().check(
    z.minLength(1),
    z.refine(
      (name) => !INVISIBLE_FORMATTING.test(name),
      'Filnavnet inneholder usynlige tegn som endrer retning eller skjuler tegn, slik at det kan vises som noe annet enn det er',
    ),
  ),
  driveItemId: OptionalString,
  /** Where SharePoint shows the file: https only (safeUrl.ts), since surfaces render it as a link. */
  webUrl: z.optional(z.url().check(z.refine((url) => isSafeUrl(url), SAFE_URL_MESSAGE))),
  size: z.optional(z.number().check(z.int(), z.nonnegative())),
  contentType: OptionalString,
  eTag: OptionalString,
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
const OptionalDocumentRef = z.optional(DocumentRefSchema);

export const AttachmentSchema = z.extend(DocumentRefSchema, {
  id: NonEmptyString,
  /** Meeting-wide running number: "Vedlegg 1", "Vedlegg 2" … assigned in agenda order. */
  number: OptionalPositiveInteger,
  /** What the user calls it: "Referat fra partnerskapsmøtet 05.06.25" */
  title: textField('Tittelen på vedlegget', { max: MAX_TITLE_LENGTH, required: 'Vedlegget må ha en tittel' }),
  /** This vedlegg alone is unntatt offentlighet (confidentiality.ts). */
  exemption: z.optional(ExemptionSchema),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/**
 * What a row of the saksliste is: a numbered sak (the usual), a sak without a number ("Godkjenning av
 * innkalling", faste saker, an unnumbered Eventuelt), or a section heading ("Saker til behandling",
 * "Orienteringssaker") that only carries its title. Only `sak` rows take a case number.
 */
export const RowKindSchema = z.enum(['sak', 'unnumbered', 'heading']);
export type RowKind = z.infer<typeof RowKindSchema>;

/** One orientering bundled under a numbered sak: its own title, presenters and vedlegg (ids of the sak's own vedlegg). */
export const SubItemSchema = z.strictObject({
  id: NonEmptyString,
  title: textField('Tittelen på delsaken', { max: MAX_TITLE_LENGTH, required: 'Delsaken må ha en tittel' }),
  presenters: z._default(People, []),
  summary: z._default(richTextField('Sammendraget av delsaken'), []),
  /** Vedlegg of the parent sak that belong to this orientering. */
  attachmentIds: z._default(z.array(z.string()), []),
});
export type SubItem = z.infer<typeof SubItemSchema>;

export { ItemOutcomeSchema };
export type ItemOutcome = z.infer<typeof ItemOutcomeSchema>;

/**
 * Where an oppfølgingspunkt's task lives in Microsoft 365 (followUp.ts): a Planner task in the
 * committee's plan, or a To Do task in the list of the person who recorded it (Graph lets a
 * delegated app reach only the signed-in user's own To Do lists). Only the reference is stored:
 * whether it is done is read from Graph, never kept twice.
 */
export const FollowUpTaskSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('planner'), taskId: NonEmptyString, planId: NonEmptyString }),
  z.strictObject({ kind: z.literal('todo'), taskId: NonEmptyString, listId: NonEmptyString, ownerId: NonEmptyString }),
]);
export type FollowUpTask = z.infer<typeof FollowUpTaskSchema>;

/** An oppfølgingspunkt made from a konklusjon: what, who, by when, and its task. */
export const FollowUpSchema = z.strictObject({
  id: NonEmptyString,
  what: textField('Oppfølgingspunktet', { max: 255, required: 'Skriv hva som skal følges opp' }),
  who: PersonSchema,
  due: z.optional(IsoDateSchema),
  task: FollowUpTaskSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const AgendaItemSchema = z.strictObject({
  id: NonEmptyString,
  /** null for unnumbered rows, e.g. the closing "Oppsummering og avslutning". */
  caseNumber: z.nullable(CaseNumberSchema),
  kinds: z.array(ItemKindSchema),
  title: textField('Tittelen', { max: MAX_TITLE_LENGTH, required: 'Saken må ha en tittel' }),
  summary: richTextField('Sammendraget'),
  /** Forslag til konklusjon / vedtak: numbered points. */
  proposedConclusion: z.array(textField('Et punkt i forslaget til konklusjon', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })),
  presenters: People,
  caseOfficer: OptionalPerson,
  caseMemo: OptionalDocumentRef,
  /** Saksframlegg background, when written in Møtebok rather than uploaded. */
  background: z._default(richTextField('Bakgrunnen'), []),
  attachments: z.array(AttachmentSchema),
  /** Earlier items this follows up, as written: "2024/07", "2025.06". */
  references: z._default(z.array(z.string()), []),
  /** Planned minutes for the item (stage shows time used against it). */
  plannedMinutes: OptionalPositiveInteger,
  /** What the meeting records. */
  proceedings: z._default(richTextField('Møtebehandlingen'), []),
  conclusion: z._default(z.array(textField('Et punkt i konklusjonen', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })), []),
  outcome: z._default(ItemOutcomeSchema, 'pending'),
  /** Unnumbered closing row: stays last and gets no case number. */
  closing: z._default(z.boolean(), false),
  /** Unntatt offentlighet, lukket møte and per-sak access (confidentiality.ts). */
  confidentiality: z.optional(ItemConfidentialitySchema),
  /** A numbered sak, an unnumbered row, or a section heading (`RowKindSchema`). */
  row: z._default(RowKindSchema, 'sak'),
  /** Orienteringer bundled under this sak, each with its own title, presenters and vedlegg. */
  subItems: z._default(z.array(SubItemSchema), []),
  /** The sak's reference in the case system (arkivsak/saksnummer): "2014/1234-5". */
  archiveRef: z.optional(textField('Arkivreferansen', { max: 100 })),
  /** Oppfølgingspunkter made from the konklusjon, each a task in Planner or To Do (followUp.ts). */
  followUps: z.optional(z.array(FollowUpSchema)),
  /**
   * Read from the meeting row's public stub because the reader may not read the sak's own row (an exempt
   * sak, exemptRowAccess.ts `exemptStub`): shown read-only in the public view, never written back.
   */
  restricted: z.optional(z.literal(true)),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export { MeetingStatusSchema };
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** Saker from one item to another, both included, by item id ("til stades sak 47–55/14"); `to` absent: that one sak. */
export const ItemRangeSchema = z.strictObject({ from: NonEmptyString, to: OptionalNonEmptyString });
export type ItemRange = z.infer<typeof ItemRangeSchema>;

/**
 * One person at the meeting. Item references are item ids of this meeting; a reference to an item
 * that does not exist is an error naming the entry (meetingRules.ts), never dropped.
 */
export const AttendanceSchema = z.strictObject({
  person: PersonSchema,
  status: z.enum(['present', 'absent', 'substitute']),
  /** Absent: as the committee lists the person, else medlem. */
  role: z.optional(AttendanceRoleSchema),
  chairRole: z.optional(ChairRoleSchema),
  /** Role group in the attendance list; absent: the committee member's group. */
  group: OptionalNonEmptyString,
  /** For a substitute: whom they stand in for, a member's name or an office ("X for Y", "pva kommunalsjef"). */
  substituteFor: OptionalString,
  /** A vara called in for this meeting (innkalla vara), whether or not it is known yet for whom. */
  calledIn: OptionalBoolean,
  /** Item id during which the person arrived / left. */
  arrivedDuringItem: OptionalString,
  leftDuringItem: OptionalString,
  /** Left when this item was done ("gjekk etter sak 12"). */
  leftAfterItem: OptionalString,
  /** Present only for these saker: an invited person's sak, or "til stades sak 47–55". */
  items: z.optional(z.array(ItemRangeSchema)),
  /** Present from / until this time (attendance per time slice). */
  arrivedAt: OptionalClockTime,
  leftAt: OptionalClockTime,
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/**
 * Inhabilitet (forvaltningsloven § 6) in one sak: who was declared or declared themselves
 * inhabil, what the meeting decided on it, and who stepped in.
 */
export const DisqualificationSchema = z.strictObject({
  itemId: NonEmptyString,
  /** Name of the person, as in the attendance list or the committee's members. */
  person: z.string().check(z.trim(), z.minLength(1, 'Navnet på den inhabile mangler')),
  /** The ground: "forvaltningsloven § 6 første ledd bokstav b", or in the person's own words. */
  ground: OptionalString,
  /** The meeting's decision: inhabil (stepped out) or habil (stayed). Absent: not decided yet. */
  decision: z.optional(z.enum(['disqualified', 'qualified'])),
  /** How it was decided: "Samrøystes", "7 mot 2 røyster". */
  vote: OptionalString,
  /** Who took the seat for this sak. */
  replacedBy: OptionalString,
});
export type Disqualification = z.infer<typeof DisqualificationSchema>;

/** When a protokoll was signed: a date, or an instant from an e-signature. */
const SignedAtSchema = z.union([IsoDateSchema, z.iso.datetime({ offset: true })], {
  error: 'Signeringstidspunktet må være en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt (ISO 8601)',
});

/**
 * A signature of the protokoll: the møteleder by office, and the members chosen in the meeting
 * ("Valg av to til å underskrive protokollen"). `signedAt` absent: chosen, not signed yet.
 */
export const SignatureSchema = z.strictObject({
  person: PersonSchema,
  capacity: z.enum(['chair', 'chosen']),
  signedAt: z.optional(SignedAtSchema),
});
export type Signature = z.infer<typeof SignatureSchema>;

/** What was sent last time, so an update can say what changed. */
export const SentNoticeSchema = z.strictObject({
  eventId: z.string(),
  /** Stable per meeting: a retry with the same id never makes a second event. */
  transactionId: z.string(),
  sentAt: z.string(),
  version: z.number().check(z.int(), z.positive()),
  /** Snapshot of the agenda as sent (items only), for "what changed" summaries. */
  items: z.array(AgendaItemSchema),
  attachmentIds: z._default(z.array(z.string()), []),
  /** Date, time, place and Teams as sent, so an update can say the meeting moved. Absent on notices sent before this was kept. */
  details: z.optional(z.strictObject({ date: IsoDateSchema, start: OptionalClockTime, end: OptionalClockTime, place: z.string(), online: z.boolean() })),
  /** The møtebok PDF the sent invite links to («Møtebok (PDF)»); absent when it links to none, so a pack made later is offered with the next update. */
  boardPackUrl: OptionalString,
});
export type SentNotice = z.infer<typeof SentNoticeSchema>;

/**
 * Reopening a meeting whose referat was approved: an explicit act, kept on the meeting so the
 * referat's history says who did it, when and why (minutesApproval.ts `reopenApprovedMinutes`).
 */
export const ReopeningSchema = z.strictObject({
  /** ISO instant. */
  at: NonEmptyString,
  /** Who reopened it, as the person is named in Møtebok. */
  by: z.string().check(z.minLength(1, 'Navnet på den som gjenåpnet mangler')),
  reason: textField('Begrunnelsen', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true }).check(z.trim(), z.minLength(1, 'Skriv hvorfor referatet gjenåpnes')),
  /** When the referat had been approved before this reopening. */
  approvedAt: OptionalString,
});
export type Reopening = z.infer<typeof ReopeningSchema>;

export const MeetingSchema = z.strictObject({
  id: NonEmptyString,
  committeeId: NonEmptyString,
  /** Meeting date in Europe/Oslo. */
  date: IsoDateSchema,
  /** Absent when the source gives no time (the 2024 minutes); every meeting made in Møtebok has both. */
  start: OptionalClockTime,
  end: OptionalClockTime,
  timeZone: z._default(z.literal('Europe/Oslo'), 'Europe/Oslo'),
  place: textField('Møtestedet', { max: MAX_TITLE_LENGTH }),
  online: z.boolean(),
  chair: OptionalPerson,
  minuteTaker: OptionalPerson,
  /** "Til" line; defaults to the committee's. */
  recipients: z.optional(textField('Til-linjen', { max: MAX_TITLE_LENGTH })),
  /** "Tema": "Innkalling Partnerskapsmøtet" */
  theme: z.optional(textField('Temaet', { max: MAX_TITLE_LENGTH })),
  status: MeetingStatusSchema,
  items: z.array(AgendaItemSchema),
  attendance: z._default(z.array(AttendanceSchema), []),
  /** Inhabilitet per sak (forvaltningsloven § 6). */
  disqualifications: z.optional(z.array(DisqualificationSchema)),
  /** Who signs the protokoll and when; absent for a body whose referat is approved at a meeting. */
  signatures: z.optional(z.array(SignatureSchema)),
  /** Id of the item being treated now (side panel → stage). */
  currentItemId: OptionalString,
  /** When each item was started (ISO instant), for time used against plan. */
  itemStartedAt: z._default(z.record(z.string(), z.string()), {}),
  notice: z.optional(SentNoticeSchema),
  /** Teams meeting chat/thread id, linking a Teams meeting to this meeting. */
  teamsMeetingId: OptionalString,
  onlineMeetingJoinUrl: OptionalString,
  innkalling: OptionalDocumentRef,
  minutes: OptionalDocumentRef,
  minutesApprovedAt: OptionalString,
  /** Each time the approved referat was reopened, oldest first (absent until the first). */
  reopenings: z.optional(z.array(ReopeningSchema)),
  /** The meeting whose minutes this one approves as Referatsak. */
  previousMeetingId: OptionalString,
  /** The exempt sak the referent chose to show on the stage ("Vis på skjerm", confidentiality.ts `stageView`). */
  stageRevealItemId: OptionalString,
  /** The committee's own count of its meetings: "6/2014". */
  meetingNumber: z.optional(textField('Møtenummeret', { max: 40 })),
  /** The innkalling as a letter: references, opening text, closing greeting and signature. */
  letter: z.optional(LetterSchema),
  /** "Forfall meldes til sekretariatet på e-post …": printed under the innkalling's opening. */
  absenceNotice: z.optional(textField('Forfallslinjen', { max: 500, multiLine: true })),
});
export type Meeting = z.infer<typeof MeetingSchema>;
/** A meeting without its agenda items: its own row, as a committee's meeting list reads it. A full Meeting is one. */
export type MeetingHeader = Omit<Meeting, 'items'>;

/** The version this Møtebok writes and reads; older files are migrated on read (meetingFile.ts). */
export const MEETING_FILE_FORMAT = 'motebok-meeting/2';

/**
 * The file format `npm run docs` reads and the fixtures are written in (docs/meeting-file.md).
 * Every object is strict: a field the model does not know is an error, never dropped.
 */
// Pure: pages that never read a meeting file (the stage, the side panel) then leave it and the
// file rules (meetingRules.ts) out of their bundle.
export const MeetingFileSchema = /* #__PURE__ */ z.strictObject({
  formatVersion: z.literal(MEETING_FILE_FORMAT),
  committee: CommitteeSchema,
  meeting: MeetingSchema,
}).check(z.superRefine((file, ctx) => {
  addMeetingRuleIssues(file.meeting, ctx, ['meeting'], file.committee);
  // An item's kind must be one of the committee's own sakstyper, so every document can name it.
  file.meeting.items.forEach((item, index) => {
    for (const kind of unknownKinds(file.committee.conventions, item.kinds)) {
      ctx.addIssue({
        code: 'custom',
        path: ['meeting', 'items', index, 'kinds'],
        message: `Sakstypen «${kind}» finnes ikke i møteorganets liste over sakstyper (committee.conventions.itemKinds)`,
      });
    }
  });
}));
/** A meeting with its committee; the version belongs to the file, not to what is rendered from it. */
export type MeetingFile = Omit<z.infer<typeof MeetingFileSchema>, 'formatVersion'>;
