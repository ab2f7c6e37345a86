import * as v from 'valibot';
import { emailField, isIsoInstant, rule } from './schemaRules';
import { ATTENDANCE_ROLE_IDS, CHAIR_ROLE_IDS, ConventionsSchema, REMOTE_WAYS, ItemKindSchema, unknownKinds } from './conventions';
import { INVISIBLE_FORMATTING } from './fileNames';
import { MAX_CONCLUSION_POINT_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { OptionalBoolean, richTextField } from './richText';
import { addMeetingRuleIssues } from './meetingRules';
import { CommitteeConfidentialitySchema, ExemptionSchema, OptionalItemConfidentiality } from './confidentialitySchemas';
import { isSafeUrl } from './safeUrl';
import { requiredMessage, textField } from './textRules';
import { fieldRuleMessage, type FieldRule } from './fieldRules';
import { CaseNumberFormatSchema } from './caseNumberFormat';
import { ItemOutcomeSchema, MeetingStatusSchema } from './statusSchemas';
import { lazySchema } from './lazySchema';

/**
 * The meeting model. Every piece of data that crosses a boundary (a file, SharePoint, the network,
 * IndexedDB) is parsed with these schemas, never cast. Types are inferred from the schemas so the
 * two cannot drift apart.
 */

// Pieces that recur in the model's objects, each built once: every `v.string()`, `v.pipe()` and
// `v.optional()` is built when its line runs, and every page builds the model at start-up (issue 14:
// cold load). A schema holds no state, so one instance in many places parses exactly as separate ones.
const AnyString = v.string();
const OptionalString = v.optional(AnyString);
/** A list of ids or references, empty when absent: one schema for the three fields that hold one (fewer built at start-up, issue 14). */
const StringList = v.optional(v.array(AnyString), []);
/** The carried saker a send opened through the built-in Read: one schema for the innkalling's record and the written treatment's. */
const CarriedBuiltInRead = v.optional(StringList);
/** A rule's message, made when a field is refused, not when the schema is built (`fieldRules.ts`). */
const ruleMessage = (rule: FieldRule) => () => fieldRuleMessage(rule);
const NonEmptyString = v.pipe(AnyString, v.minLength(1));
const OptionalNonEmptyString = v.optional(NonEmptyString);
/** A flag that is present only when set (one schema for every such flag: start-up builds each schema once). */
const OptionalTrue = v.optional(v.literal(true));
import { OptionalPositiveInteger, PositiveInteger } from './numberSchemas';
export { OptionalPositiveInteger };

export const LanguageFormSchema = v.picklist(['nb', 'nn']);
/** Målform: bokmål or nynorsk. Documents follow the committee's målform. */
export type LanguageForm = v.InferOutput<typeof LanguageFormSchema>;

/** Sakstyper are the committee's own list (`conventions.ts`); an item stores the kind's id. */
export { ItemKindSchema, type ItemKind } from './conventions';

/**
 * Case number as the committee writes it: "2026.03", "Sak 03-26", "PS 12/24". Its shape is the
 * committee's `caseNumberFormat` (caseNumbering.ts reads and writes it); a sent meeting keeps the
 * numbers it was sent with even if the format changes later, so the schema asks only for text.
 */
export const CaseNumberSchema = v.pipe(AnyString, v.trim(), v.minLength(1, requiredMessage('caseNumber')), v.maxLength(40, ruleMessage({ code: 'tooLong', field: 'caseNumber', max: 40 })), v.brand('CaseNumber'));
export type CaseNumber = v.InferOutput<typeof CaseNumberSchema>;

/** The committee's case number format (`caseNumberFormat.ts`: built there so a sakstype's own series can use it too). */
export { CaseNumberFormatSchema } from './caseNumberFormat';
export const DEFAULT_CASE_NUMBER_FORMAT = '{YYYY}.{NN}';

/** The serial runs through the year across meetings (2026.01 … in every meeting of 2026) or restarts at 1 in each meeting. */
export const CaseNumberSerialSchema = v.picklist(['perYear', 'perMeeting']);
export type CaseNumberSerial = v.InferOutput<typeof CaseNumberSerialSchema>;

export const IsoDateSchema = v.pipe(AnyString, v.regex(/^\d{4}-\d{2}-\d{2}$/, ruleMessage({ code: 'badDate' })));
export const ClockTimeSchema = v.pipe(AnyString, v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, ruleMessage({ code: 'badTime' })));
const OptionalClockTime = v.optional(ClockTimeSchema);
export const EmailSchema = emailField('person');

export const PersonSchema = v.strictObject({
  name: textField('personName', { max: MAX_TITLE_LENGTH, required: true }),
  email: v.optional(EmailSchema),
  /** Directory object id in the tenant, when known (people picker). */
  directoryId: OptionalString,
  /** Organisation the person represents: "Sykehuset i Vestfold", "Sandefjord kommune" … */
  organisation: OptionalString,
  /** Role or title, free text ("Kommunalsjef helse"). */
  title: OptionalString,
});
export type Person = v.InferOutput<typeof PersonSchema>;
const OptionalPerson = v.optional(PersonSchema);
const People = v.array(PersonSchema);

/**
 * What a person is in the meeting: medlem, varamedlem, observatør, sekretariat, administrasjon, or
 * invited for one or more saker ("møtte for sak 12"). Absent means medlem, as in every file before
 * roles existed. The printed words are the committee's (conventions.ts `attendanceWordingOf`).
 */
export const AttendanceRoleSchema = v.picklist(ATTENDANCE_ROLE_IDS);
export type AttendanceRole = v.InferOutput<typeof AttendanceRoleSchema>;
export const ATTENDANCE_ROLES: readonly AttendanceRole[] = AttendanceRoleSchema.options;

/** Møteleiar / nestleiar: an office on top of the role. */
export const ChairRoleSchema = v.picklist(CHAIR_ROLE_IDS);
export type ChairRole = v.InferOutput<typeof ChairRoleSchema>;
export const CHAIR_ROLES: readonly ChairRole[] = ChairRoleSchema.options;

/** Which of a person's details a body prints after the name: "Kari Nordmann (Larvik kommune)", "Kari Nordmann, kommunalsjef". */
export const PersonDetailsSchema = v.picklist(['none', 'organisation', 'title', 'titleAndOrganisation']);
export type PersonDetails = v.InferOutput<typeof PersonDetailsSchema>;

/** A standing member of the committee, with the role and role group the attendance list prints. */
export const CommitteeMemberSchema = v.strictObject({
  ...PersonSchema.entries,
  role: v.optional(AttendanceRoleSchema),
  chairRole: v.optional(ChairRoleSchema),
  /** Role group in the attendance list ("Ordførarar"), one of the committee's `attendanceGroups`. */
  group: OptionalNonEmptyString,
  /**
   * A personal varamedlem's member: that member's e-mail address (their name, for a member listed without one), a link
   * that survives a change of the display name (domain/attendance.ts `memberKey`). Absent: no personal vara.
   */
  deputyFor: OptionalNonEmptyString,
});
export type CommitteeMember = v.InferOutput<typeof CommitteeMemberSchema>;

export const LogoSchema = v.strictObject({
  name: AnyString,
  contentType: v.picklist(['image/png', 'image/jpeg']),
  /** Image bytes, base64. Kept small: logos go into every document header. */
  base64: AnyString,
  widthPx: OptionalPositiveInteger,
  heightPx: OptionalPositiveInteger,
});
export type Logo = v.InferOutput<typeof LogoSchema>;

/** The letter parts of an innkalling: "Vår ref."/"Dykkar ref.", an opening text and "Med vennleg helsing … sign.". */
// Built when a meeting with a letter is first parsed (the innkalling's), not by every page at start-up (issue 14).
export const LetterSchema = lazySchema(() => v.strictObject({
  ourRef: v.optional(textField('ourRef', { max: 100 })),
  yourRef: v.optional(textField('yourRef', { max: 100 })),
  ingress: v.optional(richTextField('ingress'), []),
  /** "Med vennlig hilsen" / "Med vennleg helsing" */
  greeting: v.optional(textField('greeting', { max: 200 })),
  /** Who signs, one per line: "Ola Nordmann (sign.)\nordfører". */
  signature: v.optional(textField('signature', { max: 500, multiLine: true })),
}));
export type Letter = v.InferOutput<ReturnType<typeof LetterSchema>>;

/**
 * A befaring (nn «synfaring») the body makes before or during the meeting: when and where it meets for it and what it
 * looks at, as a planutvalg's innkalling states it («Befaring kl. 09.00, oppmøte Leines skole: gang- og sykkelsti») and its
 * protokoll records it. Built when a meeting with one is first parsed, not at start-up (issue 14).
 */
export const SiteVisitSchema = lazySchema(() => v.strictObject({
  /** When it starts (Europe/Oslo); absent when the innkalling gives no time of its own. */
  start: OptionalClockTime,
  /** Where the members meet for it: «Leines skole», «gnr. 12 bnr. 4, Fjellveien 3». */
  place: textField('siteVisitPlace', { max: MAX_TITLE_LENGTH, required: true }),
  /** What is looked at and for which sak: «Gang- og sykkelsti (sak PS 3/26)». */
  about: v.optional(textField('siteVisitAbout', { max: 500, multiLine: true })),
}));
export type SiteVisit = v.InferOutput<ReturnType<typeof SiteVisitSchema>>;
/** One instance for the meeting's field and the notice's facts as sent (a schema holds no state; no extra one built at start-up). */
const OptionalSiteVisit = v.optional(v.lazy(() => SiteVisitSchema()));

/** The committee's letterhead on every document: a line naming the organisation (beside the logo) and a footer line. */
export const LetterheadSchema = v.strictObject({
  organisationLine: v.optional(textField('organisationLine', { max: 200 })),
  footer: v.optional(textField('footer', { max: 300 })),
});
export type Letterhead = v.InferOutput<typeof LetterheadSchema>;

export const AttachmentModeSchema = v.picklist(['file', 'link', 'fileAndLink']);
/** How vedlegg reach the invite: attached files, SharePoint links, or both. */
export type AttachmentMode = v.InferOutput<typeof AttachmentModeSchema>;

export const CommitteeSchema = v.strictObject({
  id: NonEmptyString,
  /** "Partnerskapsmøtet" */
  name: v.pipe(AnyString, v.minLength(1, requiredMessage('committeeName'))),
  /** Used in file names: "PM" */
  shortName: v.pipe(NonEmptyString, v.maxLength(12)),
  /** The body the committee belongs to: "Helsefellesskapet i Vestfold" */
  organisation: OptionalString,
  languageForm: LanguageFormSchema,
  members: v.array(CommitteeMemberSchema),
  /** Role groups of the attendance list, in print order: ["Ordførarar", "Rådmenn", "Andre"]. Absent: grouped by role. */
  attendanceGroups: v.optional(v.array(v.pipe(AnyString, v.trim(), v.minLength(1, requiredMessage('attendanceGroup'))))),
  /** What the documents print after a person's name. Absent: the organisation in the attendance list, the name alone in Ansvar. */
  personDetails: v.optional(PersonDetailsSchema),
  defaultChair: OptionalPerson,
  defaultMinuteTaker: OptionalPerson,
  defaultPlace: OptionalString,
  /** The "Til" line of the innkalling: "Partnerskapsmøtets faste medlemmer" */
  recipientsLine: OptionalString,
  /**
   * The innkalling's «Kopi» line under «Til»: who else has it, «Styrets varamedlemmer, Brukerutvalget», as a helseforetak's
   * innkalling ends «Kopi: Styrets varamedlemmer … Brukerutvalget» (Helse Nord-Trøndelag 2015) and a samhandlingsutval's «Kopi: Varamedlemmer».
   */
  copyLine: OptionalString,
  /** How case numbers are written: "{YYYY}.{NN}" → 2026.03, "Sak {NN}-{YY}" → Sak 03-26 (replaces the old padding, see meetingFile.ts). */
  caseNumberFormat: v.optional(CaseNumberFormatSchema, DEFAULT_CASE_NUMBER_FORMAT),
  caseNumberSerial: v.optional(CaseNumberSerialSchema, 'perYear'),
  attachmentMode: v.optional(AttachmentModeSchema, 'fileAndLink'),
  logos: v.optional(v.array(LogoSchema), []),
  /** Shared mailbox of the secretariat that sends the invites, if not the user's own calendar. */
  senderMailbox: v.optional(EmailSchema),
  /**
   * Who may change Møtebok's lists and the committee's folders (SharePoint permissions, see
   * committeeAccess.ts): the secretariat (also manages the permissions) and the referents. Absent:
   * the standing referent is the secretariat, and the standing referent and chair are referents.
   */
  secretariat: v.optional(People),
  referents: v.optional(People),
  /** Who may see content unntatt offentlighet (confidentiality.ts). */
  confidentiality: v.optional(CommitteeConfidentialitySchema),
  /** The committee's wording, sakstyper and approval (conventions.ts); absent: today's Partnerskapsmøtet. */
  conventions: v.optional(ConventionsSchema),
  /** Organisation line and footer of its documents (the logo is `logos`). */
  letterhead: v.optional(LetterheadSchema),
  /** The Planner plan its oppfølgingspunkter become tasks in (the plan's id; followUp.ts). Absent: To Do. */
  followUpPlanId: v.optional(v.pipe(AnyString, v.trim(), v.minLength(1, requiredMessage('planId')), v.maxLength(100, ruleMessage({ code: 'tooLong', field: 'planId', max: 100 })))),
});
export type Committee = v.InferOutput<typeof CommitteeSchema>;

export const DocumentRefSchema = v.strictObject({
  /** File name in the library, already safe for SharePoint. */
  fileName: v.pipe(AnyString, v.minLength(1), v.check((name) => !INVISIBLE_FORMATTING.test(name), ruleMessage({ code: 'invisibleCharacter', field: 'fileName' }))),
  driveItemId: OptionalString,
  /** Where SharePoint shows the file: https only (safeUrl.ts), since surfaces render it as a link. */
  webUrl: v.optional(v.pipe(AnyString, v.url(), v.check((url) => isSafeUrl(url), ruleMessage({ code: 'unsafeAddress', of: 'url' })))),
  size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  contentType: OptionalString,
  eTag: OptionalString,
});
export type DocumentRef = v.InferOutput<typeof DocumentRefSchema>;
const OptionalDocumentRef = v.optional(DocumentRefSchema);

export const AttachmentSchema = v.strictObject({
  ...DocumentRefSchema.entries,
  id: NonEmptyString,
  /** Meeting-wide running number: "Vedlegg 1", "Vedlegg 2" … assigned in agenda order. */
  number: OptionalPositiveInteger,
  /** What the user calls it: "Referat fra partnerskapsmøtet 05.06.25" */
  title: textField('attachmentTitle', { max: MAX_TITLE_LENGTH, required: true }),
  /** This vedlegg alone is unntatt offentlighet (confidentiality.ts). */
  exemption: v.optional(ExemptionSchema),
});
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

/**
 * What a row of the saksliste is: a numbered sak (the usual), a sak without a number ("Godkjenning av
 * innkalling", faste saker, an unnumbered Eventuelt), or a section heading ("Saker til behandling",
 * "Orienteringssaker") that only carries its title. Only `sak` rows take a case number.
 */
export const RowKindSchema = v.picklist(['sak', 'unnumbered', 'heading']);
export type RowKind = v.InferOutput<typeof RowKindSchema>;

/** One orientering bundled under a numbered sak: its own title, presenters and vedlegg (ids of the sak's own vedlegg). */
export const SubItemSchema = v.strictObject({
  id: NonEmptyString,
  title: textField('subItemTitle', { max: MAX_TITLE_LENGTH, required: true }),
  presenters: v.optional(People, []),
  summary: v.optional(richTextField('subItemSummary'), []),
  /** Vedlegg of the parent sak that belong to this orientering. */
  attachmentIds: StringList,
});
export type SubItem = v.InferOutput<typeof SubItemSchema>;

/**
 * One body in a sak's saksgang («Saksnr. / Utvalg / Møtedato» in a municipal saksframlegg): the utvalg
 * that treats the sak, when, and under which of its numbers. The step that names this committee is this
 * meeting's (caseRoute.ts); a step after it is where the sak goes on, so this committee's conclusion is an innstilling.
 */
// Built when a sak with a saksgang is first parsed: few committees use it, and every page builds the model at start-up (issue 14).
export const CaseRouteSchema = lazySchema(() => v.array(v.strictObject({
  body: textField('caseRouteBody', { max: MAX_TITLE_LENGTH, required: true, trimmed: true }),
  date: v.optional(IsoDateSchema),
  caseNumber: v.optional(textField('caseNumber', { max: 40 })),
  /**
   * The body is a råd that gives uttalelser, not innstillinger (a committee of that name the app knew, `conventions.advisory`,
   * when the step was typed: caseRoute.ts `withKnownAdvisory`): the next body's proposal is not «Innstilling fra» it.
   */
  advisory: OptionalBoolean,
})));
export type CaseRouteStep = v.InferOutput<ReturnType<typeof CaseRouteSchema>>[number];

/**
 * How a body earlier in the saksgang treated the sak (carriedCase.ts): the body, the date of its meeting, its sak number
 * there, what its protokoll recorded (`proceedings`) and what it concluded, its innstilling to the next body
 * (`recommendation`). Karmøy's saksprotokoll prints the same before the saksframlegg: «Formannskapet behandlet saken den …,
 * saksnr. 82/14», «Behandling:», then its conclusion (http://docplayer.me/434168-Saksprotokoll-kommunal-garanti-fotballhall-i-skudeneshavn.html).
 * The field names reuse the saksgang's and the protokoll's (their messages name them).
 */
// Built when a sak with one is first parsed: only a sak carried from another body has it, and every page builds the model at start-up (issue 14).
export const EarlierTreatmentsSchema = lazySchema(() => v.array(v.strictObject({
  body: textField('caseRouteBody', { max: MAX_TITLE_LENGTH, required: true, trimmed: true }),
  date: IsoDateSchema,
  caseNumber: v.optional(textField('caseNumber', { max: 40 })),
  proceedings: v.optional(richTextField('proceedings'), []),
  recommendation: v.optional(v.array(textField('conclusionPoint', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })), []),
  /** The body gave an uttalelse, not an innstilling (a § 5-12 råd, `conventions.advisory`): printed «Uttalelse», and not the proposal after it. */
  statement: OptionalBoolean,
})));
export type EarlierTreatment = v.InferOutput<ReturnType<typeof EarlierTreatmentsSchema>>[number];

/** A list of entries each with its id, empty when absent (proposals, votes, protokolltilførsler). */
const entriesOf = <T extends v.ObjectEntries>(fields: T) => v.optional(v.array(v.strictObject({ id: NonEmptyString, ...fields })), []);
/** How many voted for or against: a whole number, none below 0. */
const VoteCount = () => v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));
const LINE = { max: MAX_TITLE_LENGTH };
const TEXT = { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true };

/**
 * The møtebehandling as a political body's protokoll prints it, per sak (a committee turns it on, `conventions.voting`;
 * voting.ts words it): the proposals made in the meeting (`by` — a person or a group as written, «Ola Nordmann (Ap) på vegne
 * av Ap og Sp» —, `kind` an Alternativt forslag, Endringsforslag or Tilleggsforslag, absent a «Forslag», the `text`), the votes (`on` what was
 * voted on, «Innstillingen», «Forslaget fra Ap»; `adopted` or fell; `unanimous`, or the counts `for` and `against`; `result`,
 * the referent's own words for it, printed in place of the line voting.ts makes) and the protokolltilførsler (`by`, `text`).
 * No text is required: a referent fills them in as the meeting goes, and a patch that would not parse is not applied
 * (autosave `applyItemPatch`), so a rule that refused a half-typed entry would throw away what she types.
 */
// Built when a sak with one is first parsed: only political bodies use it, and every page builds the model at start-up (issue 14).
export const VotingSchema = lazySchema(() => v.strictObject({
  proposals: entriesOf({ by: textField('motionBy', LINE), kind: v.optional(v.picklist(['alternative', 'change', 'addition'])), text: textField('motionText', TEXT) }),
  votes: entriesOf({
    on: textField('voteOn', LINE),
    adopted: v.boolean(),
    unanimous: OptionalTrue,
    for: VoteCount(),
    against: VoteCount(),
    /** Who voted for and against, parties or names as written («H, FrP»): kommuneloven § 11-4 asks which parties voted how (Prop. 46 L p. 157). */
    forBy: v.optional(textField('voteForBy', LINE)),
    againstBy: v.optional(textField('voteAgainstBy', LINE)),
    result: v.optional(textField('voteResult', LINE)),
    /** The vote needs two thirds of the votes cast and of the shares represented (a vedtektsendring, aksjeloven § 5-18; shareholding.ts). */
    twoThirds: OptionalTrue,
  }),
  statements: entriesOf({ by: textField('statementBy', LINE), text: textField('statementText', TEXT) }),
}));
export type Voting = v.InferOutput<ReturnType<typeof VotingSchema>>;
export type MeetingProposal = Voting['proposals'][number];
export type Vote = Voting['votes'][number];
export type RecordStatement = Voting['statements'][number];

/**
 * A written treatment's answers (a board deciding between meetings, aksjeloven § 6-19; writtenTreatment.ts): per sak, per
 * member (`member`, memberKey.ts: e-mail, else name), `agree` with the proposal, `disagree`, or `meeting`, a demand that
 * the sak be treated in a meeting, with an optional comment. A member with no entry has not answered.
 */
// Built when a written treatment is first parsed: only boards use it, and every page builds the model at start-up (issue 14).
// A comment is what the member asks the protokoll to say: a protokolltilførsel's rules and words («Protokolltilførselen»).
export const WrittenTreatmentSchema = lazySchema(() => v.strictObject({
  answers: v.array(v.strictObject({
    itemId: NonEmptyString,
    member: NonEmptyString,
    answer: v.picklist(['agree', 'disagree', 'meeting']),
    comment: v.optional(textField('statementText', TEXT)),
  })),
  /**
   * The saker sent to the members by mail (graph/writtenTreatmentSender.ts): `sendStartedAt` is recorded before the mail goes
   * (a send that failed on the way may still have gone: a retry asks, never sends twice by itself), `sentAt` once it went.
   */
  sendStartedAt: v.optional(NonEmptyString),
  sentAt: v.optional(NonEmptyString),
  /**
   * The saker taken from an earlier body whose exempt files the send opened to the members through SharePoint's built-in
   * Read, the committee's own level lacking, as the innkalling's `SentNotice.carriedBuiltInRead`: the panel says so after
   * the send; absent when it did not.
   */
  carriedBuiltInRead: CarriedBuiltInRead,
  /**
   * Set only in a view for a reader without access (confidentiality.ts `viewFor`), never stored: the exempt saker whose
   * answers the view leaves out, and the result where the sak's vedtak is public («Vedtaket er offentlig»).
   */
  withheld: v.optional(v.array(v.strictObject({
    itemId: NonEmptyString,
    result: v.optional(v.picklist(['adopted', 'notAdopted', 'notQuorate', 'meetingDemanded'])),
  }))),
  /**
   * Set with `withheld`, never stored: who answered any sak (memberKey.ts), those whose only answers the view leaves out
   * included. Who took part is not exempt, only the sak's content is, so the public protokoll lists and has sign the same
   * members as the full one (writtenTreatment.ts `writtenAttendance`).
   */
  tookPart: v.optional(v.array(NonEmptyString)),
}));
export type WrittenTreatment = v.InferOutput<ReturnType<typeof WrittenTreatmentSchema>>;
export type WrittenAnswer = WrittenTreatment['answers'][number];

export { ItemOutcomeSchema };
export type ItemOutcome = v.InferOutput<typeof ItemOutcomeSchema>;

/**
 * Where an oppfølgingspunkt's task lives in Microsoft 365 (followUp.ts): a Planner task in the
 * committee's plan, or a To Do task in the list of the person who recorded it (Graph lets a
 * delegated app reach only the signed-in user's own To Do lists). Only the reference is stored:
 * whether it is done is read from Graph, never kept twice.
 */
export const FollowUpTaskSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('planner'), taskId: NonEmptyString, planId: NonEmptyString }),
  v.strictObject({ kind: v.literal('todo'), taskId: NonEmptyString, listId: NonEmptyString, ownerId: NonEmptyString }),
]);
export type FollowUpTask = v.InferOutput<typeof FollowUpTaskSchema>;

/** An oppfølgingspunkt made from a konklusjon: what, who, by when, and its task. */
export const FollowUpSchema = v.strictObject({
  id: NonEmptyString,
  what: textField('followUpWhat', { max: 255, required: true }),
  who: PersonSchema,
  due: v.optional(IsoDateSchema),
  task: FollowUpTaskSchema,
});
export type FollowUp = v.InferOutput<typeof FollowUpSchema>;

export const AgendaItemSchema = v.strictObject({
  id: NonEmptyString,
  /** null for unnumbered rows, e.g. the closing "Oppsummering og avslutning". */
  caseNumber: v.nullable(CaseNumberSchema),
  kinds: v.array(ItemKindSchema),
  title: textField('itemTitle', { max: MAX_TITLE_LENGTH, required: true }),
  summary: richTextField('summary'),
  /** Forslag til konklusjon / vedtak: numbered points. */
  proposedConclusion: v.array(textField('proposedConclusionPoint', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })),
  presenters: People,
  caseOfficer: OptionalPerson,
  caseMemo: OptionalDocumentRef,
  /** Saksframlegg background, when written in Møtebok rather than uploaded. */
  background: v.optional(richTextField('background'), []),
  attachments: v.array(AttachmentSchema),
  /** Earlier items this follows up, as written: "2024/07", "2025.06". */
  references: StringList,
  /** Planned minutes for the item (stage shows time used against it). */
  plannedMinutes: OptionalPositiveInteger,
  /** What the meeting records. */
  proceedings: v.optional(richTextField('proceedings'), []),
  conclusion: v.optional(v.array(textField('conclusionPoint', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true })), []),
  outcome: v.optional(ItemOutcomeSchema, 'pending'),
  /** Unnumbered closing row: stays last and gets no case number. */
  closing: v.optional(v.boolean(), false),
  /**
   * An opening row («Godkjenning av innkalling og dagsorden», made by the template): stays first, before
   * every sak; numbered like any sak, or none as an unnumbered row («Åpning», the committee's `openingRow`, before
   * it). Absent on every other row.
   */
  opening: OptionalTrue,
  /**
   * A numbered closing row («Sak 11/15 Eventuelt», made by the template when the committee numbers it,
   * `conventions.closingNumbered`): stays the last sak, before the unnumbered closing rows; numbered like any sak.
   * Absent on every other row.
   */
  numberedClosing: OptionalTrue,
  /**
   * A sak that elects who signs the record (domain/signersElection.ts, made by the template): the møteleder or dirigent
   * (`chair`), an årsmøte's referent (`referent`), who co-sign (`coSigners`), or the møteleder and the co-signers in one sak
   * (`both`). The side panel offers its vedtak from the picks by this mark, wherever the sak stands and whatever its title.
   * Absent on every other row, and on the election saker of meetings made before the mark (read by their place).
   */
  elects: v.optional(v.picklist(['chair', 'referent', 'coSigners', 'both'])),
  /** Unntatt offentlighet, lukket møte and per-sak access (confidentiality.ts). */
  confidentiality: OptionalItemConfidentiality,
  /** A numbered sak, an unnumbered row, or a section heading (`RowKindSchema`). */
  row: v.optional(RowKindSchema, 'sak'),
  /** Orienteringer bundled under this sak, each with its own title, presenters and vedlegg. */
  subItems: v.optional(v.array(SubItemSchema), []),
  /** The sak's reference in the case system (arkivsak/saksnummer): "2014/1234-5". */
  archiveRef: v.optional(textField('archiveRef', { max: 100 })),
  /** Oppfølgingspunkter made from the konklusjon, each a task in Planner or To Do (followUp.ts). */
  followUps: v.optional(v.array(FollowUpSchema)),
  /** The saksgang: the bodies that treat the sak, this committee among them or first (caseRoute.ts). Absent: treated here only. */
  caseRoute: v.optional(v.lazy(() => CaseRouteSchema())),
  /** How the bodies before this committee in the saksgang treated the sak, earliest first (`EarlierTreatmentsSchema`); absent: none carried. */
  earlierTreatments: v.optional(v.lazy(() => EarlierTreatmentsSchema())),
  /** Proposals made in the meeting, votes and protokolltilførsler (`VotingSchema`); absent: none recorded. */
  voting: v.optional(v.lazy(() => VotingSchema())),
  /**
   * Read from the meeting row's public stub because the reader may not read the sak's own row (an exempt
   * sak, exemptRowAccess.ts `exemptStub`): shown read-only in the public view, never written back.
   */
  restricted: OptionalTrue,
});
export type AgendaItem = v.InferOutput<typeof AgendaItemSchema>;

export { MeetingStatusSchema };
export type MeetingStatus = v.InferOutput<typeof MeetingStatusSchema>;

/** Saker from one item to another, both included, by item id ("til stades sak 47–55/14"); `to` absent: that one sak. */
export const ItemRangeSchema = v.strictObject({ from: NonEmptyString, to: OptionalNonEmptyString });
export type ItemRange = v.InferOutput<typeof ItemRangeSchema>;

/**
 * The shares a person at a generalforsamling met for (`conventions.attendanceByShares`; shareholding.ts): the aksjeeier's
 * `shares` (its votes: «Hver aksje gir én stemme», aksjeloven § 5-3 (1)), the `owner` when the person met for another
 * (a kommune, a company), and `proxy` when by a written fullmakt (§ 5-2: «selv eller ved fullmektig»). § 5-13 asks the
 * fortegnelse over those met to say «hvor mange aksjer og stemmer hver av dem representerer». Absent `owner`: the
 * person is the aksjeeier and met in person.
 */
// Built when an entry with one is first parsed: only a generalforsamling uses it, and every page builds the model at start-up (issue 14).
export const HoldingSchema = lazySchema(() => v.strictObject({
  shares: PositiveInteger,
  owner: v.optional(textField('shareOwner', { max: MAX_TITLE_LENGTH, trimmed: true })),
  proxy: OptionalTrue,
}));
export type Holding = v.InferOutput<ReturnType<typeof HoldingSchema>>;

/**
 * How a person took part when not in the room: «deltok digitalt» (video) or «deltok per telefon». A kommunal organ where
 * some members join from elsewhere holds a fjernmøte (kommuneloven § 11-7: «deltakerne ikke sitter i samme lokale, men
 * … likevel kan se, høre og kommunisere med hverandre»; the departement: «enkelte representanter kan delta digitalt,
 * mens resten av organets medlemmer sitter fysisk samlet», https://www.regjeringen.no/no/dokumenter/-11-7-fjernmote/id2741222/),
 * and protokoller say it per person («deltok via Teams»: https://www.fkt.no/fagtema/kommunalrett/bernt-svarer-kan-forfall-til-et-fysisk-mote-erstattes-med-deltakelse-pa-teams/).
 * Whether the meeting could lawfully be held so is the committee's matter, not checked here. Telephone, which § 11-7's
 * «se» does not meet, is offered for the styrer and foretak that use it (a judgement; a foretaksmøte «kan holdes som
 * video- eller telefonmøte», https://regjeringen.no/no/dokumenter/prop-120-l-20112012/id683103/?ch=14).
 */
export const RemoteWaySchema = v.picklist(REMOTE_WAYS);
export type RemoteWay = v.InferOutput<typeof RemoteWaySchema>;

/**
 * One person at the meeting. Item references are item ids of this meeting; a reference to an item
 * that does not exist is an error naming the entry (meetingRules.ts), never dropped.
 */
export const AttendanceSchema = v.strictObject({
  person: PersonSchema,
  status: v.picklist(['present', 'absent', 'substitute']),
  /** Absent: as the committee lists the person, else medlem. */
  role: v.optional(AttendanceRoleSchema),
  chairRole: v.optional(ChairRoleSchema),
  /** Role group in the attendance list; absent: the committee member's group. */
  group: OptionalNonEmptyString,
  /** For a substitute: whom they stand in for, a member's name or an office ("X for Y", "pva kommunalsjef"). */
  substituteFor: OptionalString,
  /** For a substitute meeting for a standing member: that member's key (`memberKey`: e-mail, else name), so «X for Y» follows the member, not the name typed. */
  substituteForMember: OptionalNonEmptyString,
  /** A vara called in for this meeting (innkalla vara), whether or not it is known yet for whom. */
  calledIn: OptionalBoolean,
  /** Item id during which the person arrived / left. */
  arrivedDuringItem: OptionalString,
  leftDuringItem: OptionalString,
  /** Left when this item was done ("gjekk etter sak 12"). */
  leftAfterItem: OptionalString,
  /** Present only for these saker: an invited person's sak, or "til stades sak 47–55". */
  items: v.optional(v.array(ItemRangeSchema)),
  /** Present from / until this time (attendance per time slice). */
  arrivedAt: OptionalClockTime,
  leftAt: OptionalClockTime,
  /** The shares the person met for, when the committee counts attendance in shares (`HoldingSchema`). */
  holding: v.optional(v.lazy(() => HoldingSchema())),
  /** Took part from elsewhere (`RemoteWaySchema`): by video or by phone; absent: in the room. */
  remote: v.optional(RemoteWaySchema),
});
export type Attendance = v.InferOutput<typeof AttendanceSchema>;

/**
 * Inhabilitet (forvaltningsloven § 6) in one sak: who was declared or declared themselves
 * inhabil, what the meeting decided on it, and who stepped in.
 */
export const DisqualificationSchema = v.strictObject({
  itemId: NonEmptyString,
  /** Name of the person, as in the attendance list or the committee's members. */
  person: v.pipe(AnyString, v.trim(), v.minLength(1, requiredMessage('disqualifiedPerson'))),
  /** The ground: "forvaltningsloven § 6 første ledd bokstav b", or in the person's own words. */
  ground: OptionalString,
  /** The meeting's decision: inhabil (stepped out) or habil (stayed). Absent: not decided yet. */
  decision: v.optional(v.picklist(['disqualified', 'qualified'])),
  /** How it was decided: "Samrøystes", "7 mot 2 røyster". */
  vote: OptionalString,
  /** Who took the seat for this sak. */
  replacedBy: OptionalString,
});
export type Disqualification = v.InferOutput<typeof DisqualificationSchema>;

/** When a protokoll was signed: a date, or an instant from an e-signature. */
const SIGNED_AT_MESSAGE = ruleMessage({ code: 'badSignedAt' });
const SignedAtSchema = v.pipe(v.string(SIGNED_AT_MESSAGE), v.check((text) => v.is(IsoDateSchema, text) || isIsoInstant(text), SIGNED_AT_MESSAGE));

/**
 * A signature of the protokoll: the møteleder by office, and the members chosen in the meeting
 * ("Valg av to til å underskrive protokollen"). `signedAt` absent: chosen, not signed yet.
 */
export const SignatureSchema = v.strictObject({
  person: PersonSchema,
  capacity: v.picklist(['chair', 'chosen']),
  signedAt: v.optional(SignedAtSchema),
});
export type Signature = v.InferOutput<typeof SignatureSchema>;

/** What was sent last time, so an update can say what changed. */
export const SentNoticeSchema = v.strictObject({
  eventId: AnyString,
  /** Stable per meeting: a retry with the same id never makes a second event. */
  transactionId: AnyString,
  sentAt: AnyString,
  version: PositiveInteger,
  /** Snapshot of the agenda as sent (items only), for "what changed" summaries. */
  items: v.array(AgendaItemSchema),
  attachmentIds: StringList,
  /** Date, time, place and Teams as sent, so an update can say the meeting moved. Absent on notices sent before this was kept. */
  details: v.optional(
    v.strictObject({
      date: IsoDateSchema,
      start: OptionalClockTime,
      end: OptionalClockTime,
      place: AnyString,
      online: v.boolean(),
      siteVisit: OptionalSiteVisit,
    }),
  ),
  /** The møtebok PDF the sent invite links to («Møtebok (PDF)»); absent when it links to none, so a pack made later is offered with the next update. */
  boardPackUrl: OptionalString,
  /** The send attached the vedlegg a link-only committee links (`attachLinked`, invitation.ts `sentAttachmentMode`), so the send dialog offers the update ticked; absent when it did not. */
  attachedLinked: OptionalBoolean,
  /**
   * The saker taken from an earlier body (ids of this meeting's saker) whose exempt files this send opened to the invitees
   * through SharePoint's built-in Read, the committee's own permission level «Møtebok hentet sak …» lacking
   * (graph/carriedExemptGrants.ts): the earlier body's next send takes that Read away. The send panel says so, and what to do,
   * until a send grants through the level; absent when it did not.
   */
  carriedBuiltInRead: CarriedBuiltInRead,
});
export type SentNotice = v.InferOutput<typeof SentNoticeSchema>;

/**
 * Reopening a meeting whose referat was approved: an explicit act, kept on the meeting so the
 * referat's history says who did it, when and why (minutesApproval.ts `reopenApprovedMinutes`).
 */
export const ReopeningSchema = v.strictObject({
  /** ISO instant. */
  at: NonEmptyString,
  /** Who reopened it, as the person is named in Møtebok. */
  by: v.pipe(AnyString, v.minLength(1, requiredMessage('reopenedBy'))),
  reason: textField('reopeningReason', { max: MAX_CONCLUSION_POINT_LENGTH, multiLine: true, required: true, trimmed: true }),
  /** When the referat had been approved before this reopening. */
  approvedAt: OptionalString,
});
export type Reopening = v.InferOutput<typeof ReopeningSchema>;

export const MeetingSchema = v.strictObject({
  id: NonEmptyString,
  committeeId: NonEmptyString,
  /** Meeting date in Europe/Oslo. */
  date: IsoDateSchema,
  /** Absent when the source gives no time (the 2024 minutes); every meeting made in Møtebok has both. */
  start: OptionalClockTime,
  end: OptionalClockTime,
  timeZone: v.optional(v.literal('Europe/Oslo'), 'Europe/Oslo'),
  place: textField('place', { max: MAX_TITLE_LENGTH }),
  online: v.boolean(),
  chair: OptionalPerson,
  minuteTaker: OptionalPerson,
  /** "Til" line; defaults to the committee's. */
  recipients: v.optional(textField('recipients', { max: MAX_TITLE_LENGTH })),
  /** "Tema": "Innkalling Partnerskapsmøtet" */
  theme: v.optional(textField('theme', { max: MAX_TITLE_LENGTH })),
  status: MeetingStatusSchema,
  items: v.array(AgendaItemSchema),
  attendance: v.optional(v.array(AttendanceSchema), []),
  /** Inhabilitet per sak (forvaltningsloven § 6). */
  disqualifications: v.optional(v.array(DisqualificationSchema)),
  /** Who signs the protokoll and when; absent for a body whose referat is approved at a meeting. */
  signatures: v.optional(v.array(SignatureSchema)),
  /** Id of the item being treated now (side panel → stage). */
  currentItemId: OptionalString,
  /** When each item was started (ISO instant), for time used against plan. */
  itemStartedAt: v.optional(v.record(AnyString, AnyString), {}),
  notice: v.optional(SentNoticeSchema),
  /** Teams meeting chat/thread id, linking a Teams meeting to this meeting. */
  teamsMeetingId: OptionalString,
  onlineMeetingJoinUrl: OptionalString,
  innkalling: OptionalDocumentRef,
  minutes: OptionalDocumentRef,
  minutesApprovedAt: OptionalString,
  /** Each time the approved referat was reopened, oldest first (absent until the first). */
  reopenings: v.optional(v.array(ReopeningSchema)),
  /** The meeting whose minutes this one approves as Referatsak. */
  previousMeetingId: OptionalString,
  /** The exempt sak the referent chose to show on the stage ("Vis på skjerm", confidentiality.ts `stageView`). */
  stageRevealItemId: OptionalString,
  /** The committee's own count of its meetings: "6/2014". */
  meetingNumber: v.optional(textField('meetingNumber', { max: 40 })),
  /** The innkalling as a letter: references, opening text, closing greeting and signature. */
  letter: v.optional(v.lazy(() => LetterSchema())),
  /** "Forfall meldes til sekretariatet på e-post …": printed under the innkalling's opening. */
  absenceNotice: v.optional(textField('absenceNotice', { max: 500, multiLine: true })),
  /** A befaring before or during the meeting (`SiteVisitSchema`): printed under «Dato/sted» in the innkalling, the invite and the protokoll. */
  siteVisit: OptionalSiteVisit,
  /**
   * A written treatment instead of a meeting (`conventions.writtenTreatment`; writtenTreatment.ts): `date` (and `start`, when
   * typed) is then the answer deadline, «Svarfrist», and there is no place; the members' answers per sak. Absent: a meeting.
   */
  written: v.optional(v.lazy(() => WrittenTreatmentSchema())),
});
export type Meeting = v.InferOutput<typeof MeetingSchema>;
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
export const MeetingFileSchema = /* #__PURE__ */ v.pipe(v.strictObject({
  formatVersion: v.literal(MEETING_FILE_FORMAT),
  committee: CommitteeSchema,
  meeting: MeetingSchema,
}), rule((file, ctx) => {
  addMeetingRuleIssues(file.meeting, ctx, ['meeting'], file.committee);
  // An item's kind must be one of the committee's own sakstyper, so every document can name it.
  file.meeting.items.forEach((item, index) => {
    for (const kind of unknownKinds(file.committee.conventions, item.kinds)) {
      ctx.addIssue({ path: ['meeting', 'items', index, 'kinds'], message: fieldRuleMessage({ code: 'unknownItemKind', kind }) });
    }
  });
}));
/** A meeting with its committee; the version belongs to the file, not to what is rendered from it. */
export type MeetingFile = Omit<v.InferOutput<typeof MeetingFileSchema>, 'formatVersion'>;
