import * as v from 'valibot';
import { rule } from './schemaRules';
import { fieldRuleMessage, type FieldRule } from './fieldRules';
import { CaseNumberFormatSchema } from './caseNumberFormat';
import { textField } from './textRules';
import { OptionalBoolean } from './richText';
import { OptionalPositiveInteger } from './numberSchemas';
import { MAX_TITLE_LENGTH } from './limits';
import { lazySchema } from './lazySchema';

/**
 * The committee's conventions: the words it uses for its record, its decisions, its proposals and
 * the case background, its own list of sakstyper, and how its record is approved. This is the ONE
 * place such wording lives, with its bokmål and nynorsk forms (and English for the screens of an
 * English UI): the documents, the invite and referat mail, the rules' template rows and every
 * screen read it through `wordingOf`, so "Protokoll" / "Vedtak" set once reach all of them. The
 * protokoll's attendance words, which read the committee's `substitute` here, are in
 * `attendanceWording.ts`: only the documents and the attendance screen print them, and this module
 * is in every page's start-up.
 *
 * Fixed document phrases that no committee changes ("Til stede", "Dato/sted") stay in
 * `documents/texts.ts`; this module is for what a committee chooses.
 */

/** A rule's message, made when a value is refused, not when the schema is built (`fieldRules.ts`: worded by the screens). */
const ruleMessage = (broken: FieldRule) => () => fieldRuleMessage(broken);

/** One string schema under the sakstype's id and both labels: every page builds these at start-up (`graph/startupSchemas.test.ts`). */
const KindText = v.string();

/** A sakstype's id as stored on the item ("Orientering"); the committee's list says how it is written. */
export const ItemKindSchema = v.pipe(
  KindText,
  v.trim(),
  v.minLength(1, ruleMessage({ code: 'required', field: 'itemKind' })),
  v.maxLength(60, ruleMessage({ code: 'tooLong', field: 'itemKind', max: 60 })),
);
export type ItemKind = v.InferOutput<typeof ItemKindSchema>;

/** The kinds the rules themselves use: the template's first rows and the Referatsak that approves the record. */
export const APPROVAL_KIND = 'Godkjenning';
export const MINUTES_KIND = 'Referatsak';

export const ItemKindDefinitionSchema = v.strictObject({
  id: ItemKindSchema,
  /** The label in bokmål and nynorsk ("Beslutning" / "Avgjerd"). */
  nb: v.pipe(KindText, v.trim(), v.minLength(1, ruleMessage({ code: 'required', field: 'itemKindNb' })), v.maxLength(60, ruleMessage({ code: 'tooLong', field: 'itemKindNb', max: 60 }))),
  nn: v.pipe(KindText, v.trim(), v.minLength(1, ruleMessage({ code: 'required', field: 'itemKindNn' })), v.maxLength(60, ruleMessage({ code: 'tooLong', field: 'itemKindNn', max: 60 }))),
  /**
   * A numbering series of its own («RS {N}/{YY}»): a kommunestyre numbers its referatsaker RS 1/26, RS 2/26 …
   * beside its politiske saker PS 1/26 …, each series counted through the year by itself (caseNumbering.ts).
   * Absent: the kind's saker take the committee's `caseNumberFormat`.
   */
  caseNumberFormat: v.optional(CaseNumberFormatSchema),
});
export type ItemKindDefinition = v.InferOutput<typeof ItemKindDefinitionSchema>;

/** The seeds' five, the default list of every committee made before kinds were a setting. */
export const DEFAULT_ITEM_KINDS: readonly ItemKindDefinition[] = [
  { id: 'Godkjenning', nb: 'Godkjenning', nn: 'Godkjenning' },
  { id: 'Referatsak', nb: 'Referatsak', nn: 'Referatsak' },
  { id: 'Orientering', nb: 'Orientering', nn: 'Orientering' },
  { id: 'Dialog', nb: 'Dialog', nn: 'Dialog' },
  { id: 'Beslutning', nb: 'Beslutning', nn: 'Avgjerd' },
];

/** What the record is called: Referat, Protokoll, Møteprotokoll or Møtebok (a menighetsråd's, a kirkelig fellesråd's). */
export const MinutesWordSchema = v.picklist(['referat', 'protokoll', 'moteprotokoll', 'motebok']);
export type MinutesWord = v.InferOutput<typeof MinutesWordSchema>;
/** What the meeting concludes: Konklusjon or Vedtak. */
export const ConclusionWordSchema = v.picklist(['konklusjon', 'vedtak']);
export type ConclusionWord = v.InferOutput<typeof ConclusionWordSchema>;
/**
 * What the proposal is called: Forslag til konklusjon, Forslag til vedtak, Innstilling, or «Framlegg til vedtak», as
 * nynorsk sakspapir head it (Vaksdal's «Rådmannen sitt framlegg til vedtak», the Radøy–Meland–Lindås fellesnemnd's
 * møtebok «Framlegg til vedtak:»), or «Tilråding», as nynorsk sakspapir head a recommendation (Vaksdal's levekårsutval, 2019:
 * «LEV - Tilråding:»; «Kommunedirektøren si tilråding» with `proposalBy`). Bokmål writes «Tilråding» too (the ordbok's
 * headword beside «tilrådning»).
 */
export const ProposalWordSchema = v.picklist(['forslagTilKonklusjon', 'forslagTilVedtak', 'innstilling', 'framleggTilVedtak', 'tilraading']);
export type ProposalWord = v.InferOutput<typeof ProposalWordSchema>;
/**
 * The saksframlegg's account of the case: Bakgrunn, Saksutredning (nynorsk Saksutgreiing), or Saksopplysninger, as the
 * saksframlegg of Orkland's kontrollutvalg (2021) and Gratangen's formannskap (2008) head it (nynorsk Saksopplysningar:
 * Vaksdal's sakspapir, 2019).
 */
export const BackgroundWordSchema = v.picklist(['bakgrunn', 'saksutredning', 'saksopplysninger']);
export type BackgroundWord = v.InferOutput<typeof BackgroundWordSchema>;
/**
 * When the record is approved: as the Referatsak of the next meeting, as the last sak of the same
 * meeting, signed by the møteleder and members chosen in the meeting (`meeting.signatures`), by
 * e-mail after the meeting («circulated»: sent round, approved without a sak), or signed right after
 * the meeting by every member present who took part («signedByAll», as aksjeloven § 6-29 asks of a
 * board), or signed by the møteleder and at least one other person the meeting chooses among those present
 * («signedInMeeting», as aksjeloven § 5-16 asks of a generalforsamling's protokoll; Altinn: «Protokollen skal
 * underskrives av møtelederen og minst én annen person valgt av generalforsamlingen»), whose new meetings open with
 * a sak electing them, or signed after the meeting by the møteleder and the members chosen in it, with no sak of the next
 * meeting approving it («signedByChosen»), as an IKS's representantskap signs its protokoll: Vekst i Grenland IKS's of
 * 15 April 2016, led by the representantskap's leder, «Sak 3 Valg av to til å undertegne protokollen … velges til å
 * undertegne protokollen sammen med møteleder», no sak approving the last one (https://vig.no/representantskapet/protokoll-representantskapet-15-april-2016/),
 * and IKA Kongsberg's of 27 September 2023 put out «til signering» and «signert 03.10.2023»
 * (https://www.ikakongsberg.no/ekstraordinaert-representantskapsmote-27-9-2023). The last four leave the next meeting
 * without a sak approving it (agendaTemplate.ts).
 */
export const MinutesApprovalSchema = v.picklist(['nextMeeting', 'sameMeeting', 'signed', 'circulated', 'signedByAll', 'signedInMeeting', 'signedByChosen']);
export type MinutesApproval = v.InferOutput<typeof MinutesApprovalSchema>;

/**
 * Whether the meeting elects its referent with the dirigent and the signers: an årsmøte's (`conventions.dirigent`), as the
 * lovnorm lists them in one breath, «Velge dirigent, referent, samt to medlemmer til å underskrive protokollen» (nn «velje
 * protokollførar(ar)»). The referent elected is the meeting's (`Meeting.minuteTaker`), whom the protokoll names.
 */
export function electsReferent(conventions: Pick<Conventions, 'minutesApproval' | 'dirigent'> | undefined): boolean {
  return conventions?.minutesApproval === 'signedInMeeting' && conventions.dirigent === true;
}

/** Whether a sak of the next meeting approves the record: so for `nextMeeting`, and for `signed` (a helseforetak's «… godkjennes og signeres»). */
export function approvedInNextMeeting(approval: MinutesApproval | undefined): boolean {
  return approval === undefined || approval === 'nextMeeting' || approval === 'signed';
}


/** Ids of the attendance roles and chair offices (model.ts `AttendanceRoleSchema`, `ChairRoleSchema`, which take them from here). */
export const ATTENDANCE_ROLE_IDS = ['member', 'deputy', 'observer', 'secretariat', 'administration', 'invited'] as const;
export type AttendanceRoleId = (typeof ATTENDANCE_ROLE_IDS)[number];
export const CHAIR_ROLE_IDS = ['chair', 'viceChair'] as const;
export type ChairRoleId = (typeof CHAIR_ROLE_IDS)[number];
/** How someone took part from elsewhere (model.ts `RemoteWaySchema`): by video («deltok digitalt») or by phone. */
export const REMOTE_WAYS = ['video', 'phone'] as const;
export type RemoteWayId = (typeof REMOTE_WAYS)[number];

/**
 * What the first sak of a new meeting approves: «Godkjenning av innkalling og dagsorden», «… og saksliste» or «… og sakskart»
 * (a committee whose list is its «Sakskart», `agendaHeading`, approves it by that word), or, as
 * the first V-sak and S-sak of UiO's and NTNU's styre, the dagsorden and the members' habilitet together
 * («Godkjenning av dagsorden og habilitet»; UiO's protokoll: «Dagsorden og habilitet ble godkjent.»).
 */
export const AgendaWordSchema = v.picklist(['dagsorden', 'saksliste', 'sakskart', 'dagsordenOgHabilitet']);
export type AgendaWord = v.InferOutput<typeof AgendaWordSchema>;

/**
 * What the next meeting's Referatsak proposes: the previous record «tatt til orientering», as the
 * Partnerskapsmøtet's innkallinger of 2025 and 2026 propose it («Referat tatt til orientering.»), or
 * approved, as that committee's referat of 2024 concluded («Referatet godkjennes.»). Treating the
 * Referatsak approves the record either way (minutesApproval.ts).
 */
export const MinutesProposalSchema = v.picklist(['noted', 'approved']);
export type MinutesProposal = v.InferOutput<typeof MinutesProposalSchema>;

/**
 * The rows that close a new meeting's saksliste, each fixed last and unnumbered (`closing`): «Oppsummering og
 * avslutning» (the seeds'), «Eventuelt», or «Eventuelt» and then «Oppsummering og avslutning»; or «Ymse», the word of
 * older and nynorsk sakslister, alone (`conventions.closingNumbered` numbers either); or none («ingen»: the saksliste
 * ends with its last sak).
 */
export const ClosingRowsSchema = v.picklist(['avslutning', 'eventuelt', 'eventueltOgAvslutning', 'ymse', 'ingen']);
export type ClosingRows = v.InferOutput<typeof ClosingRowsSchema>;

/**
 * The innkalling's heading before the committee's name: «Innkalling Partnerskapsmøtet», as the seeds;
 * «Innkalling til møte i Eldres Råd», as Hitra's; «Møteinnkalling», as the innkallinger of the
 * eldreråd, råd and ungdomsråd of Nordland, Nesset, Tana and Kristiansund; or «Møteinnkalling for», as Hjartdal's
 * «Møteinnkalling for Sakkunnig nemnd» (2016, https://docplayer.me/38390215-Moteinnkalling-for-sakkunnig-nemnd.html).
 * It is also a new meeting's Tema, and so the invite's subject.
 */
export const NoticeWordSchema = v.picklist(['innkalling', 'innkallingTilMote', 'moteinnkalling', 'moteinnkallingFor']);
export type NoticeWord = v.InferOutput<typeof NoticeWordSchema>;

/**
 * What the one PDF of the meeting's papers is called (its title page, file name and the innkalling's link): «Møtebok», as
 * Møtebok has called it; «Sakskart», as Møre og Romsdal fylkeskommune's and Stryn's and Flora's routines name the list
 * and papers of a meeting; «Saksdokumenter» (nynorsk «Saksdokument»: Ivest's and Radøy's pages); «Møtedokumenter»
 * (Grong's innsyn); or «Sakspapirer» (nynorsk «Sakspapir»: Salten brann IKS's representantskap, Grong, Vaksdal).
 */
export const PackWordSchema = v.picklist(['motebok', 'sakskart', 'saksdokumenter', 'motedokumenter', 'sakspapirer']);
export type PackWord = v.InferOutput<typeof PackWordSchema>;

/**
 * What the documents and screens head the list of saker with: «Saksliste» (nynorsk «Sakliste»), as a kommune's
 * innkallinger and the seeds' documents print it; «Sakskart», as the protokoll of Strategisk samarbeidsutvalg for nedre
 * Telemark (19 February 2021) heads its saker and Møre og Romsdal fylkeskommune's routines name them; or «Dagsorden», as a
 * styre's innkalling lists «Sakspapirer og dagsorden» (Helse Nord RHF, 2001) and an organisation's guide tells its styre
 * to approve «innkalling og dagsorden» (`agendaHeading.ts`). Apart from `agenda`, the word of the first sak's title: real
 * documents mix them (Overordna samhandlingsutval Møre og Romsdal, 2014: «Sakliste:» over «Godkjenning av innkalling og
 * saksliste»).
 */
export const AgendaHeadingSchema = v.picklist(['saksliste', 'sakskart', 'dagsorden']);
export type AgendaHeading = v.InferOutput<typeof AgendaHeadingSchema>;

/**
 * How the protokoll heads who came: by role (medlemmer, varamedlemmer …, with «Forfall» apart), or as
 * kommunale protokoller do, «Faste medlemmer som møtte», «Møtende varamedlemmer», «Faste medlemmer som
 * ikke møtte» and «Fra administrasjonen møtte» (`metOrNot`; attendance.ts `metAndNotMet`).
 */
export const AttendanceHeadingsSchema = v.picklist(['byRole', 'metOrNot']);
export type AttendanceHeadings = v.InferOutput<typeof AttendanceHeadingsSchema>;

/**
 * How a nynorsk committee's documents name the treatment of a sak: «handsaming», as Askvoll sokneråd's protokoll heads it
 * («MØTEHANDSAMING», «Saker handsama på møtet», https://docplayer.me/158880633-Moteprotokoll-for-askvoll-soknerad.html), Sogn og
 * Fjordane's fylkesutval («vert handsama for lukka dører», http://docplayer.me/40399513) and Austevoll's and nye Volda's sakspapir
 * («Sakshandsamar», http://docplayer.me/45419911, http://docplayer.me/135911331); or «behandling», as Fyresdal's protokoll
 * («Behandling:») and Gloppen's sakspapir («Saksbehandlar», http://docplayer.me/40884383) write it. Bokmål writes «behandling».
 */
export const TreatmentWordSchema = v.picklist(['handsaming', 'behandling']);
export type TreatmentWord = v.InferOutput<typeof TreatmentWordSchema>;

/** The målform's word for the row naming the committee, where the committee has none of its own (`committeeLabel`). */
const COMMITTEE_LABEL = { nb: 'Utvalg', nn: 'Utval' } as const;

/**
 * The label of the row naming the committee in the innkalling's, the invite's and the protokoll's facts (`noticeCommittee`):
 * the committee's own word («Organ», «Møte»), or «Utvalg», nynorsk «Utval». A colon typed after the word is left out: the
 * facts' labels have none (the documents set them apart as a column), so «Organ:» prints as «Organ» beside «Til» and «Tema».
 */
export function committeeLabelOf(conventions: Pick<Conventions, 'committeeLabel'> | undefined, form: 'nb' | 'nn'): string {
  const own = (conventions?.committeeLabel ?? '').trim().replace(/\s*:$/, '');
  return own === '' ? COMMITTEE_LABEL[form] : own;
}

/** The nynorsk treatment word of a committee (`treatment`); absent: «handsaming», the word of most nynorsk papers found. */
export function treatmentWordOf(conventions: Pick<Conventions, 'treatment'> | undefined): TreatmentWord {
  return conventions?.treatment ?? 'handsaming';
}

/** How a vara meeting for someone is written: "Kari Nordmann for Ola Nordmann", or "… pva Ola Nordmann" (på vegner av). */
export const SubstituteWordSchema = v.picklist(['for', 'pva']);
export type SubstituteWord = v.InferOutput<typeof SubstituteWordSchema>;

/**
 * The longest label of the row naming the committee (`committeeLabel`): the facts' label column is at most three tenths of
 * the page (docx/tables.ts `factsTable`), where 16 bold capitals fit («KONTROLLUTVALGET», as papers in capitals head their
 * rows; docx/committeeRow.libreOffice.test.ts), so a longer label would wrap. «Styringsgruppe» and «Møteorgan» fit.
 */
export const MAX_COMMITTEE_LABEL_LENGTH = 16;

/**
 * One row that opens a new meeting's saksliste (`openingRows`): its title, a title's rules, and numbered as a sak or not.
 * Built when a committee with the list is first parsed: every page builds the conventions at start-up (issue 14).
 */
const OpeningRowsSchema = lazySchema(() =>
  v.array(
    v.strictObject({
      title: textField('itemTitle', { max: MAX_TITLE_LENGTH, required: true, trimmed: true }),
      numbered: OptionalBoolean,
    }),
  ),
);
export type OpeningRow = v.InferOutput<ReturnType<typeof OpeningRowsSchema>>[number];

export const ConventionsSchema = v.pipe(v.strictObject({
  minutes: v.optional(MinutesWordSchema, 'referat'),
  conclusion: v.optional(ConclusionWordSchema, 'konklusjon'),
  /** The proposal as the innkalling, screens and change lines name it. */
  proposal: v.optional(ProposalWordSchema, 'forslagTilKonklusjon'),
  /** The proposal as the saksframlegg names it (the seeds' saksframlegg say "Forslag til vedtak" under a "Forslag til konklusjon" innkalling). */
  memoProposal: v.optional(ProposalWordSchema, 'forslagTilVedtak'),
  background: v.optional(BackgroundWordSchema, 'bakgrunn'),
  itemKinds: v.optional(
    v.pipe(v.array(ItemKindDefinitionSchema), v.minLength(1, ruleMessage({ code: 'required', field: 'itemKinds' }))),
    () => DEFAULT_ITEM_KINDS.map((kind) => ({ ...kind })),
  ),
  minutesApproval: v.optional(MinutesApprovalSchema, 'nextMeeting'),
  /** The list of saker in the first sak's title and proposal; absent: "dagsorden", as in the seeds. */
  agenda: v.optional(AgendaWordSchema),
  /** The nynorsk documents' word for a sak's treatment (`TreatmentWordSchema`); absent: «handsaming». Bokmål: «behandling». */
  treatment: v.optional(TreatmentWordSchema),
  /** Between a vara and whom it meets for in the attendance list; absent: "for". */
  substitute: v.optional(SubstituteWordSchema),
  /** What the next meeting's Referatsak proposes; absent: "noted", as the seeds' innkallinger. */
  minutesProposal: v.optional(MinutesProposalSchema),
  /** The rows that close a new meeting's saksliste; absent: «Oppsummering og avslutning», as in the seeds. */
  closingRows: v.optional(ClosingRowsSchema),
  /**
   * Whether «Eventuelt» (or «Ymse») is the last numbered sak, as many kommuner and styrer print it («Sak 11/15 Eventuelt»;
   * Molde's «46/15 Eventuelt»; UiO's «O-sak 1 Eventuelt»), rather than an unnumbered closing row; absent: unnumbered.
   * «Oppsummering og avslutning» stays unnumbered.
   */
  closingNumbered: OptionalBoolean,
  /**
   * What the referent's «Tatt til orientering» button writes as the conclusion («Saken tas til orientering.», «Styret tok
   * saken til orientering.»); absent: the målform's «Tatt til orientering.» / «Teke til orientering.» (texts.ts).
   */
  notedConclusion: v.optional(textField('notedConclusion', { max: 200, trimmed: true })),
  /**
   * Whether the innkalling and the protokoll print a sak's sakstype under its saksnummer; absent: yes,
   * as the seeds. A body that groups its saker under headings («Orienteringssaker», «Referatsaker»)
   * and prints number and title only, as a helseforetak's saksliste does, says no.
   */
  kindsUnderNumber: OptionalBoolean,
  /**
   * The title of an unnumbered row that opens a new meeting's saksliste before sak 1, fixed first with the approval row
   * (`fixedRows.ts` `openingRows`), in the committee's own words: «Åpning», as Sola's and Randaberg's menighetsråd open
   * theirs, «Åpningsord/andakt», as Røyken menighetsråd's protokoll (2022), «Ord for dagen», as Rauma kirkelige
   * fellesråd's (2016). A title's rules; absent: none, the approval row first, as the seeds.
   */
  openingRow: v.optional(textField('itemTitle', { max: MAX_TITLE_LENGTH, trimmed: true })),
  /**
   * The rows that open a new meeting's saksliste, in order, before the approval row: each its title and whether it is
   * numbered as a sak (`numbered`) or printed unnumbered; written, it stands in place of `openingRow` (`fixedRows.ts`
   * `openingRows`). Real sakslister print either: a generalforsamling's protokoll «1. Åpning ved styreleder» numbered
   * (Grammofonartistenes forening, 2008), a nynorsk årsmøte's «1. Åpning» (ftif.no, 2023), Sola menighetsråd's
   * innkalling «Åpning: …» unnumbered above «103/12 Godkjenning av innkalling og saksliste». Absent: `openingRow`'s.
   */
  openingRows: v.optional(v.lazy(() => OpeningRowsSchema())),
  /**
   * Whether a new meeting gets the sak approving the innkalling and the list («Godkjenning av innkalling og dagsorden», `agenda`)
   * after its opening rows (agendaTemplate.ts); absent: yes, as the seeds. A body that approves no innkalling says no: Lund
   * kommune's styringsgruppe referat of 30.01.2018 and Prosjekt Sunnfjord's «Dagsorden møte i styringsgruppa 21.06.17» have no
   * such row. Meetings made before keep the row they have.
   */
  approvalRow: OptionalBoolean,
  /** The innkalling's heading word; absent: "innkalling", as the seeds. */
  notice: v.optional(NoticeWordSchema),
  /**
   * Who makes the proposal, in the genitive, before the proposal's word in both its headings and on the screens:
   * «Rektors» gives «Rektors forslag til vedtak», as a university's or høgskole's styresaker head it
   * («Høgskoledirektørens forslag til vedtak»); absent: the word alone. Not put before an English screen's word.
   */
  proposalBy: v.optional(textField('proposalBy', { max: 60, trimmed: true })),
  /** The headings of the protokoll's attendance; absent: by role, as the seeds. */
  attendanceHeadings: v.optional(AttendanceHeadingsSchema),
  /**
   * Whether the protokoll prints who met as a table under each of its headings, «Navn | Funksjon | Representerer» (nynorsk
   * «Namn»): the role («leder», «nestleder», «medlem», «varamedlem») and the party, organisation or side apart from the
   * name (attendance.ts `attendanceRow`), as municipal protokoller list members with «Parti» and «Funksjon» (Skjervøy's
   * kontrollutvalg, https://skjervoy.kommune.no/kontrollutvalget.6278935-482376.html) and an AMU with «Navn», «Funksjon»
   * and its side (Lyngdal's, https://www.lyngdal.kommune.no/no/politikk-og-innsyn/arbeidsmiljoutvalget-amu/); absent: a
   * line per person, «Kari Nordmann (H, møteleder)», as the seeds.
   */
  attendanceTable: OptionalBoolean,
  /**
   * Whether the protokoll's facts give the range of the meeting's saker and how many of the committee's seats were filled,
   * «Fra saknr.: 1/15», «Til saknr.: 6/15», «Av utvalgets medlemmer/varamedlemmer møtte 9 av 9» (documents/headCount.ts), as
   * Aurskog-Høland kommune's protokoller print them (formannskapet 2015, http://docplayer.me/13134444;
   * kommunestyret 2014, http://docplayer.me/3287433: «møtte 35 av 35» with five vara for five forfall); absent: neither.
   */
  headCount: OptionalBoolean,
  /**
   * Whether the innkalling lists the committee's members under its facts in the attendance table's columns
   * (attendanceRows.ts `memberRow`), as the AMU innkallinger checked for stop 47 list whom they were sent to (a judgement
   * from those documents, whose addresses are not kept here); absent: the «Til» line alone, as the seeds. Flags, not a
   * picklist: they share `OptionalBoolean`, so the start-up builds no schema more (graph/startupSchemas.test.ts).
   */
  noticeMembers: OptionalBoolean,
  /** With `noticeMembers`, whether its varamedlemmer are listed too, under «Varamedlemmer»; absent: the members alone. */
  noticeDeputies: OptionalBoolean,
  /**
   * Whether the innkalling's facts begin with the committee's name, «Utvalg: Formannskapet» (nynorsk «Utval:»), as a kommune's
   * sak/arkiv system heads its møteinnkallinger: Søndre Land's formannskap and kommunestyre («MØTEINNKALLING Utvalg:
   * Formannskapet Møtested: …», http://docplayer.me/4304659), Kvæfjord's arbeidsmiljøutvalg («Møteinnkalling Utvalg:
   * Arbeidsmiljøutvalget», http://docplayer.me/133376610), Nordland's eldreråd (http://docplayer.me/17924823) and, in nynorsk,
   * Fylkeseldrerådet i Hordaland («Møteinnkalling Utval: Fylkeseldrerådet i Hordaland Møtestad: …», http://docplayer.me/17456434);
   * The same systems head the protokoll so, «Møteprotokoll Utval: Fylkesutvalet Møtestad: …» (Hordaland fylkesutval, 18.06.2015,
   * http://docplayer.me/4402089): one flag for both heads, so the protokoll's first fact, «Møteorgan» where the flag is unset,
   * then reads «Utvalg»/«Utval» (or `committeeLabel`). Absent: no such row in the innkalling, «Møteorgan» in the protokoll, as
   * the seeds (documents/meetingFacts.ts `committeeFact`).
   */
  noticeCommittee: OptionalBoolean,
  /**
   * With `noticeCommittee`, the label of the row naming the committee, for a body whose papers head it with a word of their
   * own rather than «Utvalg:», such as «Organ» or «Møte» (no preset sets one: none of their sources does); a colon typed after it is left out, as the facts' labels have none (`committeeLabelOf`). Absent:
   * «Utvalg», nynorsk «Utval».
   */
  committeeLabel: v.optional(textField('committeeLabel', { max: MAX_COMMITTEE_LABEL_LENGTH, trimmed: true })),
  /**
   * Whether the innkalling prints the list's heading (`agendaHeading`: «Saksliste», nynorsk «Sakliste», «Sakskart») over its
   * saker, as the papers above do («SAKSLISTE», «Sakliste») and St. Hanshaugen's bydelsutvalg («SAKSKART», http://docplayer.me/50612320);
   * absent: none, as the seeds, whose innkalling goes from its heading straight to the table. The invite's table has its caption either
   * way and no heading above it: the caption is its one name, seen and read once (html/agendaHtml.ts).
   */
  noticeAgendaHeading: OptionalBoolean,
  /**
   * Whether the referat or protokoll opens with the list of the saker it records, under the list's word (`agendaHeading`) —
   * «Saksnr. | Sak» (with «Arkivsaksnr.» where `archiveColumn` prints it) — as a long protokoll's table of contents before
   * its first sak (documents/docx/minutesContents.ts). Absent: none, as the seeds' referat goes from its facts to the saker;
   * no preset sets it (none of their sources was read for it).
   */
  minutesContents: OptionalBoolean,
  /** What the PDF of the meeting's papers is called (`packWord.ts`); absent: «Møtebok», or «Saksdokumenter» where the record is the «Møtebok» (`packWordIdOf`). */
  pack: v.optional(PackWordSchema),
  /** What the documents and screens head the list of saker with (`agendaHeading.ts`); absent: «Saksliste» (nynorsk «Sakliste»). */
  agendaHeading: v.optional(AgendaHeadingSchema),
  /**
   * Whether the record's heading (and its file's name) says «Protokoll fra møte i …» (nynorsk «frå»), as the protokoller
   * of Helse Nord RHF's Regionalt brukerutvalg and Sykehuset Innlandet's «Møtereferat … fra møte i Brukerutvalget» read;
   * absent: the word and the name, «Protokoll Styret i … 11.06.26», as the seeds.
   */
  recordFromMeeting: OptionalBoolean,
  /**
   * Whether the orienteringer bundled under a sak are numbered «1.», «2.» rather than lettered «a)», «b)» (the seeds'), as the
   * «Orienteringssaker» of Helse Nord RHF's Regionalt brukerutvalg and styre and Helse Nord-Trøndelag's styre list them
   * (subItems.ts `subItemMark`); absent: letters.
   */
  subItemsNumbered: OptionalBoolean,
  /**
   * Whether the referent records, per sak, the proposals made in the meeting, the votes and the protokolltilførsler apart
   * from the free «Møtebehandling», and the protokoll prints them in that order between the treatment and the vedtak, as a
   * kommunestyre's or fylkesting's protokoll does (voting.ts); absent: the free text alone, as the seeds.
   */
  voting: OptionalBoolean,
  /**
   * Whether the protokoll prints each sak's proposal before its treatment and its vedtak, also where no votes are recorded
   * (`voting` does so by itself): Askvoll sokneråd's møteprotokoller of 2014 and 2017 print under each sak «INNSTILLING»,
   * «MØTEHANDSAMING», «SAMRØYSTES VEDTAK» (https://docplayer.me/158880633-Moteprotokoll-for-askvoll-soknerad.html,
   * http://docplayer.me/670791-Moteprotokoll-for-askvoll-soknerad.html), and Lørenskog menighetsråd's møtebok of 17 January
   * 2002 the proposals («1. Sakslisten godkjennes.») before what was said and the vedtak
   * (http://docplayer.me/1739098-Motebok-for-menighetsradsmote-torsdag-17-januar-2002.html); absent: the proceedings and the
   * vedtak only, as the seeds.
   */
  proposalFirst: OptionalBoolean,
  /**
   * Whether a new meeting is numbered through the year, «3/2026» (`meetingNumbering.ts`), printed «Møte 3/2026» in the
   * documents' facts, as a board numbers its styremøter and Kvalsund's kommunestyre its «Møte nr. 5/2009»; absent: a
   * number only when typed in «Endre møtet».
   */
  meetingsNumbered: OptionalBoolean,
  /**
   * Whether the protokoll says, under its date and place, that the meeting could be followed on Teams (`meeting.online`):
   * how the board dealt with its saker, which aksjeloven § 6-29 (1) asks a styreprotokoll to state («behandlingsmåten»),
   * as Vekst i Grenland's «på Klosterøya eller per telefon»; absent: date and place only, as the seeds.
   */
  recordOnline: OptionalBoolean,
  /**
   * Whether the saksframlegg's header gives the meeting's date beside the møteorgan, as a helseforetak's styresaker do
   * («Saken behandles i: … Møtedato», Helse Nord-Trøndelag 2015; «Møtedato: 19. februar 2004», Helse Finnmark; «Saksnr /
   * Utvalsnamn / Møtedato», Helse Møre og Romsdal's samhandlingsutval): each styresak is published and read on its own;
   * absent: Saksnr / Møteorgan / Type sak / Saksbehandler, as the seeds.
   */
  memoMeetingDate: OptionalBoolean,
  /**
   * Whether the innkalling, the invite and the protokoll write the meeting's date out with its weekday and month,
   * «torsdag 11. juni 2026 kl. 13.30–15.00» (nynorsk «tysdag», «laurdag»; writtenDates.ts), as Iveland's
   * formannskap («tirsdag 9. november»), Asker's («tirsdag 12. desember») and Rogaland fylkesutvalg's protokoll («29. august
   * 2017») write theirs; absent: «11.06.2026», as the seeds. Headings and file names keep «11.06.26».
   */
  datesWritten: OptionalBoolean,
  /**
   * Whether the innkalling, the invite and the protokoll state where and when on rows of their own, «Møtested», «Møtedato»
   * and «Tid» (nynorsk «Møtestad»), as the innkallinger and protokoller of kommunale and fylkeskommunale organ head them:
   * Søndre Land's formannskap («Utvalg: Formannskapet Møtested: … Møtedato: … Tid: 09:30»,
   * http://docplayer.me/4304659-Moteinnkalling-utvalg-formannskapet-motested-formannskapssalen-radhuset-motedato-05-11-2014-tid-09-30-etterfolger-mote-i-partsammensatt-utv.html),
   * Gratangen's kommunestyre's møteprotokoll («Møtested: … Møtedato: … Tid: 09:00 13:50»,
   * http://docplayer.me/2922386-Moteprotokoll-karl-fredrik-normann-yvonne-kvernmo.html), Gausdal's («MØTESTED: MØTEDATO: KL.»);
   * absent: one «Dato/sted» row, as the seeds.
   */
  factsApart: OptionalBoolean,
  /**
   * Whether the innkalling's saksliste and the invite's print each sak's arkivsak in a column of its own, «Arkivsaksnr.», between
   * the number and the sak, as the sakslister of a kommune's sak/arkiv system print «Saksnr. Arkivsaksnr. Tittel»: Os
   * kommune's formannskap's møteinnkalling (2007, «MØTEINNKALLING SAKLISTE Saksnr. Arkivsaksnr. Side Tittel 16/07 06/125 …»,
   * http://docplayer.me/4402549-Moteinnkalling-sakliste-saksnr-arkivsaksnr-side-tittel-16-07-06-125-portefoljestatus-pr-desember-2006-133.html)
   * and Kvalsund's kommunestyre's (2009, «SAKSLISTE Utvalgssakstype/nr. Arkivsaksnr. Tittel 56/09 09/810 …»,
   * http://docplayer.me/1299957-Motei-kalli-g-kommunestyret.html); absent: «Arkivsak 2014/1234-5» under the number, as before.
   * A column no sak has an arkivsak for is left out (documents/meetingFacts.ts `archiveColumnShown`).
   */
  archiveColumn: OptionalBoolean,
  /**
   * Whether a sak that has an arkivsak is known by the arkivsak's own number, not one of the committee's series: the sak
   * takes the reference without its document's number («2014/805-1» → «2014/805»; caseNumbering.ts `archiveCaseNumber`), as
   * a body deciding applications filed before it lists them, and a sak without an arkivsak (the dagsorden's own rows, an
   * orientering) is numbered as before. The regional komiteer for medisinsk og helsefaglig forskningsetikk print their «Nye
   * søknader» so: «2014/805 Diagnostikk, behandling og forekomst av leishmaniasis i Norge Dokumentnummer: 2014/805-1» (REK
   * vest's referat of 5 June 2014, http://docplayer.me/2665848), «2013/141 … Dokumentnummer: 2013/141-1» (REK sør-øst C, 14
   * February 2013, http://docplayer.me/3137873), and refer to them so: «erklærte seg inhabil i sak 2015/1181» (REK midt, 21
   * August 2015, http://docplayer.me/2733965). Absent: every sak numbered in a series, as before.
   */
  archiveNumbered: OptionalBoolean,
  /**
   * The sentence the protokoll prints over its signatures, in the committee's own words: Gratangen's kommunestyre's «Vi
   * bekrefter med våre underskrifter at møtebokens blad er ført i samsvar med det som ble bestemt på møtet.»
   * (http://docplayer.me/2922386-Moteprotokoll-karl-fredrik-normann-yvonne-kvernmo.html), Tromsø-områdets regionråd's
   * «Rett utskrift bekreftes» (https://docplayer.me/133238276-Tromso-omradets-regionrad.html). Only where the protokoll has
   * signatures (`minutesApproval`); absent: none, as the seeds.
   */
  signatureStatement: v.optional(textField('signatureStatement', { max: 300, trimmed: true })),
  /**
   * Whether the innkalling and the invite say under the facts that the meeting is open to the public, «Møtet er åpent for
   * publikum.» (nynorsk «Møtet er ope for publikum.»), naming a sak to be treated in lukket møte: Lunner's page
   * (https://lunner.custompublish.com/moeteplan-og-saksdokumenter.581835.no.html) says «Alle
   * møtene i kommunestyret, formannskapet og utvalgene er åpne for publikum» and that saker for lukket møte are marked in the
   * saksliste; the old kommuneloven § 32 nr. 3, as Hedalen's paper quotes it (https://arkiv.hedalen.no/OPPSLAG/2018/august/22/index.htm), has a folkevalgt organ's meetings
   * «kunngjøres på hensiktsmessig måte». Saying it in the innkalling is the committee's choice (a judgement, no source says
   * the innkalling must); only for a committee whose meetings are public (meetingPublicity.ts). Absent: not said, as the seeds.
   */
  publicMeetingLine: OptionalBoolean,
  /**
   * Whether «Nytt møte» offers a written treatment (writtenTreatment.ts): the board decides its saker in writing by an answer
   * deadline, as aksjeloven § 6-19 (1) lets the chair put a sak to the board in writing, any member may demand a meeting
   * (§ 6-19 (2)), and a protokoll is kept (§ 6-29); absent: meetings only. Not for a folkevalgt organ, which decides in meetings.
   */
  writtenTreatment: OptionalBoolean,
  /**
   * Whether attendance and votes count in shares (shareholding.ts), as a generalforsamling's do: the fortegnelse over the
   * aksjeeiere met «selv eller ved fullmektig» states «hvor mange aksjer og stemmer hver av dem representerer» (aksjeloven
   * § 5-13, Adviso's summary), the protokoll how many of the company's shares were represented (Webstep's and Nordic
   * Nanovector's protokoller), and a vote's counts are shares (§ 5-3 (1): «Hver aksje gir én stemme»); absent: people.
   */
  attendanceByShares: OptionalBoolean,
  /** How many shares the company has (with `attendanceByShares`), so the protokoll says how many of them were represented. */
  shareCount: OptionalPositiveInteger,
  /**
   * The least number of days between sending the innkalling and the meeting: 7 for a generalforsamling, whose innkalling
   * «skal sendes senest én uke før møtet skal holdes» unless the vedtekter set longer (aksjeloven § 5-10 (2); Adviso,
   * Lederkilden, Revisorforeningen); the send step warns, naming the date, when it goes out later (noticePeriod.ts). Absent: no limit.
   */
  noticeDays: OptionalPositiveInteger,
  /**
   * How many the meeting chooses to sign the record with the møteleder, when it chooses them (`signedInMeeting`,
   * `signedByChosen`): the number the new meeting's sak names («Valg av to til å undertegne protokollen»); absent: one for
   * `signedInMeeting`, two for `signedByChosen` (`coSignerCount`). Some bodies choose two where the law asks one: the
   * Bokhandlerforeningen's generalforsamling «Valg av møteleder og 2 medlemmer til å undertegne protokollen».
   */
  coSigners: OptionalPositiveInteger,
  /**
   * Whether a meeting that elects its møteleder and the co-signers (`signedInMeeting`) elects the møteleder in a sak of its
   * own, before the co-signers' (signersElection.ts); absent: one sak. Both are printed: one sak in Nordic Nanovector ASA's
   * protokoll of its ordinær generalforsamling, 24 May 2017, «1. Valg av møteleder og en person til å medundertegne
   * protokollen», vedtak «Ludvik Sandnes ble valgt som møteleder og Egil Bodd ble valgt til å medundertegne protokollen»
   * (http://docplayer.me/47423738-Nordic-nanovector-asa.html), and the Bokhandlerforeningen's generalforsamling «1. Valg av
   * møteleder og 2 medlemmer til å undertegne protokollen» (https://bokhandlerforeningen.no/om-oss-2/generalforsamling/); two
   * saker in Ementor ASA's innkalling of 7 April 2006, and NRC Group's and Blom ASA's, «2. Valg av en person til å
   * undertegne protokollen sammen med møteleder»
   * (https://docplayer.me/amp/1026199-Til-aksjonaerene-i-ementor-asa-oslo-7-april-2006-innkalling-til-ordinaer-generalforsamling.html),
   * and Produsentforeningen NORA's «3. Valg av møteleder» (https://noramusikk.no/innkalling-til-generalforsamling-2019/).
   * A flag, not a picklist of two: it shares `OptionalBoolean`, so every page's start-up builds no schema for it.
   */
  chairOwnSak: OptionalBoolean,
  /**
   * Whether the meeting that elects its møteleder and the signers (`signedInMeeting`) calls the one it elects «dirigent» and
   * the signers' task «underskrive» (nn «skrive under»), as a forening's or an idrettslag's årsmøte words them: NIF's
   * lovnorm for idrettslag as Oslo idrettskrets quotes it, «Velge dirigent, referent, samt to medlemmer til å underskrive
   * protokollen» (https://www.idrettsforbundet.no/idrettskrets/oslo/nyhet/arkiv/na-er-det-tid-for-arsmote/, 2017), in
   * nynorsk «velje dirigent(ar)», «velje to medlemmer til å skrive under protokollen» (Sportsklubben's lov § 10, 2022,
   * https://www.sportsklubben.no/les-klubbhandboka/%C2%A7-10-%C3%A5rsm%C3%B8tet). Absent: «møteleder» and «medundertegne»,
   * a generalforsamling's words (signersElection.ts). The referent is elected with them, as the lovnorm lists it
   * («Valg av referent», nn «Val av protokollførar»: the nynorsk lovnorm's «velje protokollførar(ar)»; `electsReferent`), and
   * the protokoll names the one elected. A flag, as `chairOwnSak`: no schema of its own at start-up.
   */
  dirigent: OptionalBoolean,
  /**
   * The outcomes the referent writes with one button each, as the vedtak's first point (agendaEditing.ts
   * `conclusionWithOutcome`), in the committee's words: a klagenemnd's «Klagen tas til følge.», «Klagen tas delvis til følge.»,
   * «Klagen tas ikke til følge.» (a klage «tatt til følge», the taksten «opprettholdes»: Bodø's and Gildeskål's pages on
   * eiendomsskatt; «medhold, delvis medhold, ikke medhold»: Løten's). Each a line of at most 200 characters; absent: none, «Som foreslått» and «Tatt til orientering» only, as the seeds.
   */
  outcomes: v.optional(v.array(textField('outcome', { max: 200, trimmed: true }))),
  /**
   * Whether the committee gives an uttalelse, not an innstilling, in a sak that goes on to another body in its saksgang: a
   * § 5-12 råd (eldreråd, råd for personer med funksjonsnedsettelse, ungdomsråd) is «rådgivende» (Bærum's reglement for its
   * eldreråd: «Rådet skal uttale seg i saker som blir forelagt til uttalelse»,
   * https://www.baerum.kommune.no/politikk-og-samfunn/politikk/rad-og-utvalg/eldreradet/), «Uttalelsene til rådet skal følge
   * saksdokumentene til det … organet som avgjør saken endelig» (KMD's Veileder for eldreråd,
   * https://www.regjeringen.no/no/tema/kommuner-og-regioner/kommunalrett-og-kommunal-inndeling/veileder-for-eldrerad/hvordan-radet-arbeider/id2666688/),
   * and Trondheim's Kommunalt råd for funksjonshemmede lists such saker «Til uttalelse» and speaks of the «uttalelse fra
   * rådet» (møteprotokoll 2007, http://docplayer.me/61228111-Moteprotokoll-kommunalt-rad-for-funksjonshemmede.html). So its
   * conclusion in such a sak is headed «Uttalelse» (nynorsk «Fråsegn», Bufdir's word; caseRoute.ts `conclusionNoun`), and the
   * body taking the sak on (carriedCase.ts) keeps the proposal the råd had, with the uttalelse among the earlier treatments,
   * not as its innstilling. Absent: the conclusion of a sak that goes on is an «Innstilling til …», as the seeds.
   */
  advisory: OptionalBoolean,
  /**
   * Whether the konklusjon and the proposal are running text: several points print as paragraphs without numbers, as a
   * klagenemnd or a kommunestyre writes a vedtak of a few sentences (conclusionPoints.ts, with its sources); absent:
   * several points numbered «1. …». One point prints as its text either way.
   */
  runningText: OptionalBoolean,
  /**
   * Whether one taking part from elsewhere must be seen as well as heard, by video, not by telephone (`remoteWaysOf`): a
   * folkevalgt organ's fjernmøte is one where the participants «via tekniske hjelpemidler likevel kan se, høre og
   * kommunisere med hverandre» (kommuneloven § 11-7 second paragraph, as KMD's letter of 25 March 2021 quotes it,
   * https://www.regjeringen.no/no/dokumenter/-11-7-fjernmote2/id2843148/, with Prop. 46 L (2017–2018) p. 375:
   * «(videokonferanse)»), and one member by video while the rest sit in the room makes the meeting a fjernmøte (KMD, 1
   * September 2020, https://www.regjeringen.no/no/dokumenter/-11-7-fjernmote/id2741222/). Absent: by video or by
   * telephone, as before; a board's law asked no picture in what was found (Prop. 140 L (2020–2021) ch. 4: aksjeloven
   * § 6-19 «åpner … for elektroniske styremøter»).
   */
  videoOnly: OptionalBoolean,
}), rule((conventions, ctx) => {
  const seen = new Set<string>();
  conventions.itemKinds.forEach((kind, index) => {
    if (seen.has(kind.id)) ctx.addIssue({ path: ['itemKinds', index, 'id'], message: fieldRuleMessage({ code: 'duplicate', field: 'itemKind', value: kind.id }) });
    seen.add(kind.id);
  });
}));
export type Conventions = v.InferOutput<typeof ConventionsSchema>;

let defaults: Conventions | undefined;
/**
 * The conventions of a committee that has set none: today's Partnerskapsmøtet. Parsed once, shared and
 * frozen to the leaves (a caller copies it to change it): every screen's wording (`wordingOf`) asks for it at
 * each render of a committee without conventions, and the schema's parse was about 2 ms of the
 * workspace's first render in a cold-load profile (issue 14; docs/performance-history.md, h/work56).
 */
export function defaultConventions(): Conventions {
  return (defaults ??= deepFrozen(v.parse(ConventionsSchema, {})));
}

/** Frozen to the leaves, so a caller that changed the shared defaults instead of a copy fails at once (modules are strict), not every committee after it. */
function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}

/** A målform for documents, or the screen's language (English UI shows English words). */
export type WordingLanguage = 'nb' | 'nn' | 'en';

/** A word in its forms: capitalised indefinite ("Protokoll"), lower-case ("protokoll") and definite ("protokollen"). */
export interface Noun {
  word: string;
  lower: string;
  definite: string;
  /**
   * Neuter nouns take "det" and (nynorsk) "godkjent"; the others "den"/"han" and "godkjend". In
   * English, where no noun has gender, it says the word is one thing ("it": "the record") rather
   * than plural ("them": "the minutes"), so screens can make pronouns and verbs agree.
   */
  neuter: boolean;
}
const noun = (word: string, definite: string, neuter = false): Noun => ({ word, lower: word.toLowerCase(), definite, neuter });

const MINUTES: Record<MinutesWord, Record<WordingLanguage, Noun>> = {
  referat: { nb: noun('Referat', 'referatet', true), nn: noun('Referat', 'referatet', true), en: noun('Minutes', 'the minutes') },
  protokoll: { nb: noun('Protokoll', 'protokollen'), nn: noun('Protokoll', 'protokollen'), en: noun('Record', 'the record', true) },
  moteprotokoll: { nb: noun('Møteprotokoll', 'møteprotokollen'), nn: noun('Møteprotokoll', 'møteprotokollen'), en: noun('Minutes of proceedings', 'the minutes of proceedings') },
  // Nynorsk «bok» is feminine only: «møteboka». English the referat's words (the same strings: the start-up bundles are at their limits).
  motebok: { nb: noun('Møtebok', 'møteboken'), nn: noun('Møtebok', 'møteboka'), en: noun('Minutes', 'the minutes') },
};
const CONCLUSION: Record<ConclusionWord, Record<WordingLanguage, Noun>> = {
  konklusjon: { nb: noun('Konklusjon', 'konklusjonen'), nn: noun('Konklusjon', 'konklusjonen'), en: noun('Conclusion', 'the conclusion', true) },
  vedtak: { nb: noun('Vedtak', 'vedtaket', true), nn: noun('Vedtak', 'vedtaket', true), en: noun('Decision', 'the decision', true) },
};
const PROPOSAL: Record<ProposalWord, Record<WordingLanguage, Noun>> = {
  forslagTilKonklusjon: {
    nb: noun('Forslag til konklusjon', 'forslaget til konklusjon', true),
    nn: noun('Forslag til konklusjon', 'forslaget til konklusjon', true),
    en: noun('Proposed conclusion', 'the proposed conclusion', true),
  },
  forslagTilVedtak: {
    nb: noun('Forslag til vedtak', 'forslaget til vedtak', true),
    nn: noun('Forslag til vedtak', 'forslaget til vedtak', true),
    en: noun('Proposed decision', 'the proposed decision', true),
  },
  innstilling: { nb: noun('Innstilling', 'innstillingen'), nn: noun('Innstilling', 'innstillinga'), en: noun('Recommendation', 'the recommendation', true) },
  framleggTilVedtak: {
    nb: noun('Framlegg til vedtak', 'framlegget til vedtak', true),
    nn: noun('Framlegg til vedtak', 'framlegget til vedtak', true),
    en: noun('Proposed decision', 'the proposed decision', true),
  },
  tilraading: { nb: noun('Tilråding', 'tilrådingen'), nn: noun('Tilråding', 'tilrådinga'), en: noun('Recommendation', 'the recommendation', true) },
};
const BACKGROUND: Record<BackgroundWord, Record<WordingLanguage, Noun>> = {
  bakgrunn: { nb: noun('Bakgrunn', 'bakgrunnen'), nn: noun('Bakgrunn', 'bakgrunnen'), en: noun('Background', 'the background', true) },
  saksutredning: { nb: noun('Saksutredning', 'saksutredningen'), nn: noun('Saksutgreiing', 'saksutgreiinga'), en: noun('Case report', 'the case report', true) },
  saksopplysninger: { nb: noun('Saksopplysninger', 'saksopplysningene'), nn: noun('Saksopplysningar', 'saksopplysningane'), en: noun('Case information', 'the case information', true) },
};

/** The committee's words in one language, resolved: what every renderer and screen prints. */
export interface Wording {
  /** "Referat" / "Protokoll" / "Møteprotokoll" / "Møtebok" (document title, mail subject, screens). */
  minutes: Noun;
  /** "Konklusjon" / "Vedtak". */
  conclusion: Noun;
  /** "Forslag til konklusjon" / "Forslag til vedtak" / "Innstilling" (innkalling, screens, change lines). */
  proposal: Noun;
  /** The saksframlegg's name for the proposal. */
  memoProposal: Noun;
  /** "Bakgrunn" / "Saksutredning" / "Saksutgreiing" / "Saksopplysninger". */
  background: Noun;
  /** "Møtebehandling og konklusjon" / "Møtebehandling og vedtak": the referat's column. */
  proceedingsAndConclusion: string;
  /** Under an item with nothing recorded: "Ingen konklusjon registrert." */
  noConclusion: string;
  /** A kind's label in this language; an id the list no longer has prints as itself, but the Referatsak the rules know («Godkjenning av protokoll»). */
  kindLabel: (kind: ItemKind) => string;
  /** The committee's kinds in its order, with their labels. */
  kinds: ReadonlyArray<{ id: ItemKind; label: string }>;
}

const PROCEEDINGS: Record<WordingLanguage, string> = { nb: 'Møtebehandling og', nn: 'Møtebehandling og', en: 'Proceedings and' };
/** The protokoll's column in nynorsk as the committee names the treatment: «Møtehandsaming og» (Askvoll's «MØTEHANDSAMING»). */
const proceedingsWord = (c: Conventions, language: WordingLanguage): string =>
  language === 'nn' && treatmentWordOf(c) === 'handsaming' ? 'Møtehandsaming og' : PROCEEDINGS[language];
// Bokmål and nynorsk write the same words: "registrert" is the participle of "registrere" in both.
const nothingRecorded = (conclusion: string, language: WordingLanguage): string =>
  language === 'en' ? `No ${conclusion} recorded.` : `Ingen ${conclusion} registrert.`;

/**
 * The label of the sak that approves the record (`MINUTES_KIND`) for a committee whose list of sakstyper lacks it
 * (a styre's, a styringsgruppe's): named by the committee's record word, as a helseforetak's list names it
 * («Godkjenning av protokoll», `committeePresets.ts`), never «Referatsak», a word such a committee may use for
 * something else or not at all. The same words as the sak's title when the record is approved in the same meeting
 * (`texts.ts` `sameMeetingMinutesTitle`).
 */
const minutesItemLabel = (minutes: Noun, language: WordingLanguage): string =>
  language === 'en' ? `Approval of ${minutes.definite}` : `Godkjenning av ${minutes.lower}`;

/**
 * The proposal's word after who makes it («Rektors forslag til vedtak»): the genitive makes the noun definite, so its
 * definite form is the same words; in running text the genitive loses its capital unless it is an acronym («NTNUs»).
 */
function proposedBy(proposal: Noun, by: string | undefined, language: WordingLanguage): Noun {
  if (by === undefined || by === '' || language === 'en') return proposal;
  const [first = '', second = ''] = [...by];
  const running = second !== '' && second === second.toLowerCase() ? first.toLowerCase() + by.slice(first.length) : by;
  const lower = `${running} ${proposal.lower}`;
  return { word: `${by} ${proposal.lower}`, lower, definite: lower, neuter: proposal.neuter };
}

/** The committee's conventions in one language. Accepts a committee parsed before conventions existed (no field: the defaults). */
export function wordingOf(conventions: Conventions | undefined, language: WordingLanguage): Wording {
  const c = conventions ?? defaultConventions();
  const conclusion = CONCLUSION[c.conclusion][language];
  const minutes = MINUTES[c.minutes][language];
  const labelOf = (definition: ItemKindDefinition): string => (language === 'nn' ? definition.nn : definition.nb);
  const kinds = c.itemKinds.map((definition) => ({ id: definition.id, label: labelOf(definition) }));
  return {
    minutes,
    conclusion,
    proposal: proposedBy(PROPOSAL[c.proposal][language], c.proposalBy, language),
    memoProposal: proposedBy(PROPOSAL[c.memoProposal][language], c.proposalBy, language),
    background: BACKGROUND[c.background][language],
    proceedingsAndConclusion: `${proceedingsWord(c, language)} ${conclusion.lower}`,
    noConclusion: nothingRecorded(conclusion.lower, language),
    kindLabel: (kind) => kinds.find((candidate) => candidate.id === kind)?.label ?? (kind === MINUTES_KIND ? minutesItemLabel(minutes, language) : kind),
    kinds,
  };
}

/**
 * Kinds on items that the committee's list does not have (a meeting file must use the committee's own list).
 * The Referatsak is the rules' own: the template marks the sak that approves the record with it
 * (minutesApproval.ts finds it so), so it is known to every committee, also one whose list lacks it
 * (a styre's, a styringsgruppe's); a list that has it gives it its label.
 */
export function unknownKinds(conventions: Conventions | undefined, kinds: readonly ItemKind[]): ItemKind[] {
  const known = new Set([MINUTES_KIND, ...(conventions ?? defaultConventions()).itemKinds.map((kind) => kind.id)]);
  return kinds.filter((kind) => !known.has(kind));
}

/** The ways the committee lets one take part from elsewhere (`videoOnly`), in `REMOTE_WAYS`' order: what the Oppmøte tab offers. */
export function remoteWaysOf(conventions: Pick<Conventions, 'videoOnly'> | undefined): readonly RemoteWayId[] {
  return conventions?.videoOnly === true ? REMOTE_WAYS.filter((way) => way === 'video') : REMOTE_WAYS;
}
