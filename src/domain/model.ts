import { z } from 'zod';
import { INVISIBLE_FORMATTING } from './fileNames';
import { MAX_CONCLUSION_POINT_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { richTextField } from './richText';
import { addMeetingRuleIssues } from './meetingRules';
import { CommitteeConfidentialitySchema, ExemptionSchema, ItemConfidentialitySchema } from './confidentialitySchemas';
import { isSafeUrl, SAFE_URL_MESSAGE } from './safeUrl';
import { textField } from './textRules';

/**
 * The meeting model. Every piece of data that crosses a boundary (a file, SharePoint, the network,
 * IndexedDB) is parsed with these schemas, never cast. Types are inferred from the schemas so the
 * two cannot drift apart.
 */

export const LanguageFormSchema = z.enum(['nb', 'nn']);
/** Målform: bokmål or nynorsk. Documents follow the committee's målform. */
export type LanguageForm = z.infer<typeof LanguageFormSchema>;

export const ItemKindSchema = z.enum(['Godkjenning', 'Referatsak', 'Orientering', 'Dialog', 'Beslutning']);
export type ItemKind = z.infer<typeof ItemKindSchema>;
export const ITEM_KINDS: readonly ItemKind[] = ItemKindSchema.options;

/**
 * Case number as the committee writes it: "2026.03", "Sak 03-26", "PS 12/24". Its shape is the
 * committee's `caseNumberFormat` (caseNumbering.ts reads and writes it); a sent meeting keeps the
 * numbers it was sent with even if the format changes later, so the schema asks only for text.
 */
export const CaseNumberSchema = z.string().trim().min(1, 'Saksnummeret er tomt').max(40, 'Saksnummeret kan ha høyst 40 tegn').brand<'CaseNumber'>();
export type CaseNumber = z.infer<typeof CaseNumberSchema>;

/** The committee's case number format: {YYYY}, {YY}, {N}, {NN}, {NNN} and literal text (caseNumbering.ts). */
export const CaseNumberFormatSchema = z
  .string()
  .max(40, 'Saksnummerformatet kan ha høyst 40 tegn')
  .refine((format) => [...format.matchAll(/\{([^}]*)\}/g)].every(([, token]) => /^(YYYY|YY|N+)$/.test(token ?? '')), 'Ukjent kode i saksnummerformatet. Bruk {YYYY}, {YY}, {N}, {NN} eller {NNN}')
  .refine((format) => (format.match(/\{N+\}/g) ?? []).length === 1, 'Saksnummerformatet må ha ett løpenummer: {N}, {NN} eller {NNN}');
export const DEFAULT_CASE_NUMBER_FORMAT = '{YYYY}.{NN}';

/** The serial runs through the year across meetings (2026.01 … in every meeting of 2026) or restarts at 1 in each meeting. */
export const CaseNumberSerialSchema = z.enum(['perYear', 'perMeeting']);
export type CaseNumberSerial = z.infer<typeof CaseNumberSerialSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må ha formen ÅÅÅÅ-MM-DD');
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Klokkeslett må ha formen TT:MM');
export const EmailSchema = z.email('Ugyldig e-postadresse');

export const PersonSchema = z.strictObject({
  name: z.string().min(1, 'Navn mangler'),
  email: EmailSchema.optional(),
  /** Directory object id in the tenant, when known (people picker). */
  directoryId: z.string().optional(),
  /** Organisation the person represents: "Sykehuset i Vestfold", "Sandefjord kommune" … */
  organisation: z.string().optional(),
  /** Role or title, free text ("Kommunalsjef helse"). */
  title: z.string().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const LogoSchema = z.strictObject({
  name: z.string(),
  contentType: z.enum(['image/png', 'image/jpeg']),
  /** Image bytes, base64. Kept small: logos go into every document header. */
  base64: z.string(),
  widthPx: z.number().int().positive().optional(),
  heightPx: z.number().int().positive().optional(),
});
export type Logo = z.infer<typeof LogoSchema>;

export const AttachmentModeSchema = z.enum(['file', 'link', 'fileAndLink']);
/** How vedlegg reach the invite: attached files, SharePoint links, or both. */
export type AttachmentMode = z.infer<typeof AttachmentModeSchema>;

export const CommitteeSchema = z.strictObject({
  id: z.string().min(1),
  /** "Partnerskapsmøtet" */
  name: z.string().min(1, 'Navn på møteorganet mangler'),
  /** Used in file names: "PM" */
  shortName: z.string().min(1).max(12),
  /** The body the committee belongs to: "Helsefellesskapet i Vestfold" */
  organisation: z.string().optional(),
  languageForm: LanguageFormSchema,
  members: z.array(PersonSchema),
  defaultChair: PersonSchema.optional(),
  defaultMinuteTaker: PersonSchema.optional(),
  defaultPlace: z.string().optional(),
  /** The "Til" line of the innkalling: "Partnerskapsmøtets faste medlemmer" */
  recipientsLine: z.string().optional(),
  /** How case numbers are written: "{YYYY}.{NN}" → 2026.03, "Sak {NN}-{YY}" → Sak 03-26 (replaces the old padding, see meetingFile.ts). */
  caseNumberFormat: CaseNumberFormatSchema.default(DEFAULT_CASE_NUMBER_FORMAT),
  caseNumberSerial: CaseNumberSerialSchema.default('perYear'),
  attachmentMode: AttachmentModeSchema.default('fileAndLink'),
  logos: z.array(LogoSchema).default([]),
  /** Shared mailbox of the secretariat that sends the invites, if not the user's own calendar. */
  senderMailbox: EmailSchema.optional(),
  /**
   * Who may change Møtebok's lists and the committee's folders (SharePoint permissions, see
   * committeeAccess.ts): the secretariat (also manages the permissions) and the referents. Absent:
   * the standing referent is the secretariat, and the standing referent and chair are referents.
   */
  secretariat: z.array(PersonSchema).optional(),
  referents: z.array(PersonSchema).optional(),
  /** Who may see content unntatt offentlighet (confidentiality.ts). */
  confidentiality: CommitteeConfidentialitySchema.optional(),
});
export type Committee = z.infer<typeof CommitteeSchema>;

export const DocumentRefSchema = z.strictObject({
  /** File name in the library, already safe for SharePoint. */
  fileName: z
    .string()
    .min(1)
    .refine((name) => !INVISIBLE_FORMATTING.test(name), 'Filnavnet inneholder usynlige tegn som endrer retning eller skjuler tegn, slik at det kan vises som noe annet enn det er'),
  driveItemId: z.string().optional(),
  /** Where SharePoint shows the file: https only (safeUrl.ts), since surfaces render it as a link. */
  webUrl: z.url().refine((url) => isSafeUrl(url), SAFE_URL_MESSAGE).optional(),
  size: z.number().int().nonnegative().optional(),
  contentType: z.string().optional(),
  eTag: z.string().optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export const AttachmentSchema = DocumentRefSchema.extend({
  id: z.string().min(1),
  /** Meeting-wide running number: "Vedlegg 1", "Vedlegg 2" … assigned in agenda order. */
  number: z.number().int().positive().optional(),
  /** What the user calls it: "Referat fra partnerskapsmøtet 05.06.25" */
  title: textField('Tittelen på vedlegget', { max: MAX_TITLE_LENGTH }).min(1, 'Vedlegget må ha en tittel'),
  /** This vedlegg alone is unntatt offentlighet (confidentiality.ts). */
  exemption: ExemptionSchema.optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const ItemOutcomeSchema = z.enum(['pending', 'treated', 'postponed']);
export type ItemOutcome = z.infer<typeof ItemOutcomeSchema>;

export const AgendaItemSchema = z.strictObject({
  id: z.string().min(1),
  /** null for unnumbered rows, e.g. the closing "Oppsummering og avslutning". */
  caseNumber: CaseNumberSchema.nullable(),
  kinds: z.array(ItemKindSchema),
  title: textField('Tittelen', { max: MAX_TITLE_LENGTH }).min(1, 'Saken må ha en tittel'),
  summary: richTextField('Sammendraget'),
  /** Forslag til konklusjon / vedtak: numbered points. */
  proposedConclusion: z.array(textField('Et punkt i forslaget til konklusjon', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })),
  presenters: z.array(PersonSchema),
  caseOfficer: PersonSchema.optional(),
  caseMemo: DocumentRefSchema.optional(),
  /** Saksframlegg background, when written in Møtebok rather than uploaded. */
  background: richTextField('Bakgrunnen').default([]),
  attachments: z.array(AttachmentSchema),
  /** Earlier items this follows up, as written: "2024/07", "2025.06". */
  references: z.array(z.string()).default([]),
  /** Planned minutes for the item (stage shows time used against it). */
  plannedMinutes: z.number().int().positive().optional(),
  /** What the meeting records. */
  proceedings: richTextField('Møtebehandlingen').default([]),
  conclusion: z.array(textField('Et punkt i konklusjonen', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })).default([]),
  outcome: ItemOutcomeSchema.default('pending'),
  /** Unnumbered closing row: stays last and gets no case number. */
  closing: z.boolean().default(false),
  /** Unntatt offentlighet, lukket møte and per-sak access (confidentiality.ts). */
  confidentiality: ItemConfidentialitySchema.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const MeetingStatusSchema = z.enum(['draft', 'noticeSent', 'inProgress', 'held', 'minutesApproved']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const AttendanceSchema = z.strictObject({
  person: PersonSchema,
  status: z.enum(['present', 'absent', 'substitute']),
  /** For a substitute: the member they stand in for ("X for Y"). */
  substituteFor: z.string().optional(),
  /** Item id during which the person arrived / left. */
  arrivedDuringItem: z.string().optional(),
  leftDuringItem: z.string().optional(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** What was sent last time, so an update can say what changed. */
export const SentNoticeSchema = z.strictObject({
  eventId: z.string(),
  /** Stable per meeting: a retry with the same id never makes a second event. */
  transactionId: z.string(),
  sentAt: z.string(),
  version: z.number().int().positive(),
  /** Snapshot of the agenda as sent (items only), for "what changed" summaries. */
  items: z.array(AgendaItemSchema),
  attachmentIds: z.array(z.string()).default([]),
  /** Date, time, place and Teams as sent, so an update can say the meeting moved. Absent on notices sent before this was kept. */
  details: z.strictObject({ date: IsoDateSchema, start: ClockTimeSchema.optional(), end: ClockTimeSchema.optional(), place: z.string(), online: z.boolean() }).optional(),
});
export type SentNotice = z.infer<typeof SentNoticeSchema>;

export const MeetingSchema = z.strictObject({
  id: z.string().min(1),
  committeeId: z.string().min(1),
  /** Meeting date in Europe/Oslo. */
  date: IsoDateSchema,
  /** Absent when the source gives no time (the 2024 minutes); every meeting made in Møtebok has both. */
  start: ClockTimeSchema.optional(),
  end: ClockTimeSchema.optional(),
  timeZone: z.literal('Europe/Oslo').default('Europe/Oslo'),
  place: z.string(),
  online: z.boolean(),
  chair: PersonSchema.optional(),
  minuteTaker: PersonSchema.optional(),
  /** "Til" line; defaults to the committee's. */
  recipients: z.string().optional(),
  /** "Tema": "Innkalling Partnerskapsmøtet" */
  theme: z.string().optional(),
  status: MeetingStatusSchema,
  items: z.array(AgendaItemSchema),
  attendance: z.array(AttendanceSchema).default([]),
  /** Id of the item being treated now (side panel → stage). */
  currentItemId: z.string().optional(),
  /** When each item was started (ISO instant), for time used against plan. */
  itemStartedAt: z.record(z.string(), z.string()).default({}),
  notice: SentNoticeSchema.optional(),
  /** Teams meeting chat/thread id, linking a Teams meeting to this meeting. */
  teamsMeetingId: z.string().optional(),
  onlineMeetingJoinUrl: z.string().optional(),
  innkalling: DocumentRefSchema.optional(),
  minutes: DocumentRefSchema.optional(),
  minutesApprovedAt: z.string().optional(),
  /** The meeting whose minutes this one approves as Referatsak. */
  previousMeetingId: z.string().optional(),
  /** The exempt sak the referent chose to show on the stage ("Vis på skjerm", confidentiality.ts `stageView`). */
  stageRevealItemId: z.string().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** The version this Møtebok writes and reads; older files are migrated on read (meetingFile.ts). */
export const MEETING_FILE_FORMAT = 'motebok-meeting/2';

/**
 * The file format `npm run docs` reads and the fixtures are written in (docs/meeting-file.md).
 * Every object is strict: a field the model does not know is an error, never dropped.
 */
export const MeetingFileSchema = z
  .strictObject({
    formatVersion: z.literal(MEETING_FILE_FORMAT),
    committee: CommitteeSchema,
    meeting: MeetingSchema,
  })
  // Rules across fields (meetingRules.ts): duplicate ids and case numbers, end before start.
  .superRefine((file, ctx) => addMeetingRuleIssues(file.meeting, ctx, ['meeting']));
/** A meeting with its committee; the version belongs to the file, not to what is rendered from it. */
export type MeetingFile = Omit<z.infer<typeof MeetingFileSchema>, 'formatVersion'>;
