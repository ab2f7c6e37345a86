import { treatmentWordOf, wordingOf, type Wording } from '../domain/conventions';
import { packWordOf, type PackNoun } from '../domain/packWord';
import { agendaHeadingOf } from '../domain/agendaHeading';
import type { Committee, ItemKind, LanguageForm } from '../domain/model';

/**
 * Every fixed text the generated documents and the invite body contain, per målform. Documents
 * follow the committee's målform (not the reader's UI language), as a municipality's documents
 * are written in the målform it has chosen. Bokmål is the source of the keys; the type makes a
 * missing nynorsk text a compile error. Wording the domain rules write themselves (the template's
 * rows, the change lines of an update, "Tatt til orientering") is `domain/texts.ts`; the UI
 * catalogues are for the user's UI language only, never for text that lands in a document or mail.
 *
 * The words a committee chooses (Referat/Protokoll, Konklusjon/Vedtak, Forslag til konklusjon /
 * Forslag til vedtak / Innstilling, Bakgrunn/Saksutredning, its sakstyper) are not in these tables:
 * they come from the committee's conventions (`domain/conventions.ts`), resolved into the same
 * object by `documentTexts(committee)` so every renderer reads one `t`.
 *
 * Nynorsk follows the 2012 norm: "Møteleiar", "Til stades", "Sakshandsamar" (as the screens and Vaksdal's sakspapir), "saklista" (the
 * definite plural of "sakliste"), "Avgjerd" for the kind Beslutning, "lenkje".
 */
interface FixedTexts {
  to: string;
  /** «Kopi»: the innkalling's line under «Til» (`Committee.copyLine`). */
  copy: string;
  theme: string;
  dateAndPlace: string;
  /** Where, when and what time on rows of their own (`conventions.factsApart`): «Møtested», «Møtedato», «Tid». */
  meetingPlace: string;
  meetingDate: string;
  meetingTime: string;
  attachments: string;
  chair: string;
  minuteTaker: string;
  caseOfficer: string;
  present: string;
  absent: string;
  /** Header of the saksframlegg and the referat's first column. */
  caseNumberShort: string;
  committee: string;
  itemType: string;
  responsible: string;
  /** First column of the innkalling's saksliste. */
  caseNumberColumn: string;
  /** Middle column of the innkalling's saksliste; the seed leaves it blank, screen readers need a name. */
  contentColumn: string;
  innkalling: string;
  saksframlegg: string;
  meeting: string;
  /** "1 vedlegg" / "3 vedlegg" */
  attachmentCount: (count: number) => string;
  attachmentNumber: (n: number) => string;
  attachedAsFile: string;
  attachedAsLink: string;
  attachedAsFileAndLink: string;
  attachmentsIntroFile: string;
  attachmentsIntroLink: string;
  attachmentsIntroFileAndLink: string;
  changesSinceLast: string;
  teamsMeeting: string;
  joinTeamsMeeting: string;
  /** The protokoll's line under date and place when the committee states it (`conventions.recordOnline`): held on Teams alone, or followed there too. */
  heldOnTeams: (withPlace: boolean) => string;
  /** Lines the Outlook add-in adds inside the invite's block. */
  openInMotebok: string;
  attachmentTooLarge: (label: string, limit: string) => string;
  attachmentsTotalTooLarge: (label: string, limit: string) => string;
  attachmentCannotAttach: (label: string) => string;
  attachmentNotStored: (label: string) => string;
  followsUp: (reference: string) => string;
  postponed: string;
  page: string;
  of: string;
  /** "Møte 6/2014": the label of the meeting number. */
  meetingNumber: string;
  ourRef: string;
  yourRef: string;
  /** "Arkivsak 2014/1234": the sak's reference in the case system. */
  archiveRef: string;
  /** "Send referat til medlemmene": the mail's subject, its text, and what the link/attachment says, with the committee's word for the record. */
  /** «Protokoll fra Styret …», or «Protokoll fra møte i Styret …» when the record is headed so (`fromMeeting`: `conventions.recordFromMeeting`, attachments.ts `recordHeadOf`). */
  minutesMailSubject: (minutes: Wording['minutes'], committee: string, date: string, fromMeeting: boolean) => string;
  /** `referent`: who takes the comments, as a reader from another organisation needs it (name and address), when known. */
  minutesMailIntro: (minutes: Wording['minutes'], committee: string, date: string, referent?: string) => string;
  minutesMailAttached: (minutes: Wording['minutes']) => string;
  minutesMailLinked: (minutes: Wording['minutes']) => string;
  /** Where the referat of a meeting with exempt content lies: the closed folder under the meeting folder («Unntatt offentlighet/Referat»). */
  minutesMailClosed: (minutes: Wording['minutes'], folder: string, attached: boolean) => string;
  /** To those who may not see every exempt sak: their own version, attached (or too large to be), and why no link. */
  minutesMailOwnVersion: (minutes: Wording['minutes'], attached: boolean) => string;
  /** The referat's oppfølgingspunkter under a sak's konklusjon (domain/followUp.ts). */
  followUps: string;
  followUpLine: (what: string, who: string, due: string | undefined) => string;
  /** The saksgang's columns in the saksframlegg, after «Saksnr.» (Kvalsund's saksframlegg: «Saksnr. Utvalg Møtedato»; Lindås's nynorsk «Utval»). */
  routeBody: string;
  routeDate: string;
  /** Under the links to the meeting folder in the invite body: what they need, for a reader from another organisation. */
  linksNeedAccount: string;
  /** The label of a befaring's row under «Dato/sted» (`Meeting.siteVisit`; nynorsk «Synfaring»). */
  siteVisit: string;
  /** «Møtet er åpent for publikum.», and which saker are treated in lukket møte (`conventions.publicMeetingLine`). */
  publicMeeting: (closed: readonly string[]) => string;
  /**
   * A sak carried from an earlier body in its saksgang (domain/carriedCase.ts): the heading (Eigersund's saksframlegg: «Eventuell
   * tidligere politisk behandling»), the line that names the body, meeting and sak (Karmøy's saksprotokoll: «Formannskapet behandlet
   * saken den …, saksnr. 82/14»), and the label over what its protokoll recorded («Behandling:», Karmøy's; Fyresdal's nynorsk too).
   */
  earlierTreatment: string;
  treatedBy: (body: string, date: string, caseNumber: string | undefined) => string;
  treatmentLabel: string;
}

/** The fixed texts with the committee's own words, as the renderers print them. */
export interface DocumentTexts extends FixedTexts {
  /** The committee's conventions in the document's målform. */
  words: Wording;
  /** The list of saker as the committee heads it (`conventions.agendaHeading`): «Saksliste», «Sakskart», «Dagsorden»; nynorsk «Sakliste». */
  agenda: string;
  /** «Sakslisten er tom.» (innkalling, protokoll, invite body), in the committee's word. */
  noItems: string;
  /** The saksframlegg's link back to the list: «Tilbake til sakslisten», in the committee's word. */
  backToAgenda: string;
  /** The link to the pack of the meeting's papers in the innkalling (invite body and .docx): «Møtebok (PDF)», by `conventions.pack`. */
  boardPackLink: string;
  /** The line in an update's change summary when the invite links to the pack for the first time. */
  boardPackAdded: string;
  /** "Forslag til konklusjon:" (innkalling, invite body). */
  proposedConclusion: string;
  /** "Forslag til vedtak:" (saksframlegg). */
  memoProposal: string;
  /** "Konklusjon:" / "Vedtak:" */
  conclusion: string;
  /** "Bakgrunn:" / "Saksutredning:" */
  background: string;
  /** "Referat" / "Protokoll": the referat's heading and the document's subject. */
  referat: string;
  /** The referat's second column: "Møtebehandling og konklusjon". */
  proceedingsAndConclusion: string;
  /** In the referat, under an item with nothing recorded as konklusjon. */
  noConclusion: string;
  kindLabel: (kind: ItemKind) => string;
  /** Whether the innkalling and the protokoll print the sakstyper under a sak's number (`conventions.kindsUnderNumber`). */
  kindsUnderNumber: boolean;
  /** Whether the orienteringer bundled under a sak are numbered «1.» rather than lettered «a)» (`conventions.subItemsNumbered`). */
  subItemsNumbered: boolean;
}

const nb: FixedTexts = {
  to: 'Til',
  copy: 'Kopi',
  theme: 'Tema',
  dateAndPlace: 'Dato/sted',
  meetingPlace: 'Møtested',
  meetingDate: 'Møtedato',
  meetingTime: 'Tid',
  attachments: 'Vedlegg',
  chair: 'Møteleder',
  minuteTaker: 'Referent',
  caseOfficer: 'Saksbehandler',
  present: 'Til stede',
  absent: 'Forfall',
  caseNumberShort: 'Saksnr.',
  committee: 'Møteorgan',
  itemType: 'Type sak',
  responsible: 'Ansvar',
  caseNumberColumn: 'Saks nr.',
  contentColumn: 'Sak',
  innkalling: 'Innkalling',
  saksframlegg: 'Saksframlegg',
  meeting: 'Møte',
  attachmentCount: (count) => `${count} vedlegg`,
  attachmentNumber: (n) => `Vedlegg ${n}`,
  attachedAsFile: 'vedlagt',
  attachedAsLink: 'lenke',
  attachedAsFileAndLink: 'vedlagt og lenke',
  attachmentsIntroFile: 'Vedleggene er lagt ved invitasjonen.',
  attachmentsIntroLink: 'Vedleggene ligger i møtemappen; følg lenkene.',
  attachmentsIntroFileAndLink: 'Vedleggene er lagt ved invitasjonen og ligger også i møtemappen.',
  changesSinceLast: 'Endringer siden forrige utsending:',
  teamsMeeting: 'Teams-møte',
  joinTeamsMeeting: 'Bli med i møtet',
  heldOnTeams: (withPlace) => (withPlace ? 'Møtet kunne også følges på Teams.' : 'Møtet ble holdt på Teams.'),
  openInMotebok: 'Åpne møtet i Møtebok',
  attachmentTooLarge: (label, limit) => `${label} er større enn Outlook tillater som vedlegg (${limit}) og er lenket til SharePoint i stedet.`,
  attachmentsTotalTooLarge: (label, limit) => `${label} er lenket til SharePoint i stedet for lagt ved, fordi vedleggene til sammen ville blitt større enn ${limit}.`,
  attachmentCannotAttach: (label) => `${label} er lenket til SharePoint; denne Outlook-versjonen kan ikke legge ved filer fra Møtebok.`,
  attachmentNotStored: (label) => `${label} er ikke lastet opp til SharePoint ennå og er verken lagt ved eller lenket.`,
  followsUp: (reference) => `Oppfølging av sak ${reference}`,
  postponed: 'Saken ble utsatt.',
  page: 'Side',
  of: 'av',
  meetingNumber: 'Møte',
  ourRef: 'Vår ref.',
  yourRef: 'Deres ref.',
  archiveRef: 'Arkivsak',
  minutesMailSubject: (minutes, committee, date, fromMeeting) => `${minutes.word} fra ${fromMeeting ? 'møte i ' : ''}${committee} ${date} – til kommentar`,
  minutesMailIntro: (minutes, committee, date, referent) => `Her er ${minutes.definite} fra ${committee} ${date}. Send eventuelle kommentarer til referenten${referent ? `, ${referent},` : ''} innen én uke.`,
  minutesMailAttached: (minutes) => `${capitalise(minutes.definite)} er lagt ved og ligger i møtemappen:`,
  minutesMailLinked: (minutes) => `${capitalise(minutes.definite)} ligger i møtemappen:`,
  minutesMailClosed: (minutes, folder, attached) =>
    `${capitalise(minutes.definite)} ${attached ? 'er lagt ved og ligger' : 'ligger'} i møtemappen, i den lukkede mappen «${folder}», som bare de med tilgang til alle sakene unntatt offentlighet kan åpne:`,
  minutesMailOwnVersion: (minutes, attached) =>
    attached
      ? `${capitalise(minutes.definite)} er lagt ved, uten det du ikke har tilgang til av sakene unntatt offentlighet. Den fullstendige utgaven i møtemappen er lukket for deg, og denne e-posten lenker derfor ikke dit.`
      : `Utgaven av ${minutes.definite} uten det du ikke har tilgang til av sakene unntatt offentlighet, er for stor til å legges ved. Den fullstendige utgaven i møtemappen er lukket for deg; be sekretariatet om din utgave.`,
  followUps: 'Oppfølging:',
  followUpLine: (what, who, due) => `${what} – ansvarlig: ${who}${due ? `, frist ${due}` : ''}`,
  routeBody: 'Utvalg',
  routeDate: 'Møtedato',
  linksNeedAccount: 'Lenkene til møtemappen krever innlogging med en konto hos organisasjonen som eier den (også som gjest). Får du dem ikke opp, kan du be sekretariatet sende dokumentene.',
  siteVisit: 'Befaring',
  publicMeeting: (closed) =>
    closed.length === 0 ? 'Møtet er åpent for publikum.' : `Møtet er åpent for publikum. ${closed.length === 1 ? 'Sak' : 'Sakene'} ${listed(closed, 'og')} behandles i lukket møte.`,
  earlierTreatment: 'Tidligere behandling',
  treatedBy: (body, date, caseNumber) => `${body} behandlet saken i møte ${date}${caseNumber === undefined ? '' : `, sak ${caseNumber}`}.`,
  treatmentLabel: 'Behandling:',
};

/** «Planutvalet handsama saka i møte 12.11.2026, sak PS 14/26.», with the committee's verb. */
function treatedByNn(treated: string): FixedTexts['treatedBy'] {
  return (body, date, caseNumber) => `${body} ${treated} saka i møte ${date}${caseNumber === undefined ? '' : `, sak ${caseNumber}`}.`;
}

/** «Møtet er ope for publikum.», and which saker are treated in lukka møte, with the committee's verb («blir handsama»). */
function openMeetingNn(treated: string): (closed: readonly string[]) => string {
  return (closed) => (closed.length === 0 ? 'Møtet er ope for publikum.' : `Møtet er ope for publikum. ${closed.length === 1 ? 'Sak' : 'Sakene'} ${listed(closed, 'og')} ${treated} i lukka møte.`);
}

const nn: FixedTexts = {
  to: 'Til',
  copy: 'Kopi',
  theme: 'Tema',
  dateAndPlace: 'Dato/stad',
  meetingPlace: 'Møtestad',
  meetingDate: 'Møtedato',
  meetingTime: 'Tid',
  attachments: 'Vedlegg',
  chair: 'Møteleiar',
  minuteTaker: 'Referent',
  caseOfficer: 'Sakshandsamar',
  present: 'Til stades',
  absent: 'Forfall',
  caseNumberShort: 'Saksnr.',
  committee: 'Møteorgan',
  itemType: 'Type sak',
  responsible: 'Ansvar',
  caseNumberColumn: 'Saks nr.',
  contentColumn: 'Sak',
  innkalling: 'Innkalling',
  saksframlegg: 'Saksframlegg',
  meeting: 'Møte',
  attachmentCount: (count) => `${count} vedlegg`,
  attachmentNumber: (n) => `Vedlegg ${n}`,
  attachedAsFile: 'vedlagt',
  attachedAsLink: 'lenkje',
  attachedAsFileAndLink: 'vedlagt og lenkje',
  attachmentsIntroFile: 'Vedlegga er lagde ved invitasjonen.',
  attachmentsIntroLink: 'Vedlegga ligg i møtemappa; følg lenkjene.',
  attachmentsIntroFileAndLink: 'Vedlegga er lagde ved invitasjonen og ligg òg i møtemappa.',
  changesSinceLast: 'Endringar sidan førre utsending:',
  teamsMeeting: 'Teams-møte',
  joinTeamsMeeting: 'Bli med i møtet',
  heldOnTeams: (withPlace) => (withPlace ? 'Møtet kunne òg følgjast på Teams.' : 'Møtet vart halde på Teams.'),
  openInMotebok: 'Opne møtet i Møtebok',
  attachmentTooLarge: (label, limit) => `${label} er større enn Outlook tillèt som vedlegg (${limit}) og er lenkja til SharePoint i staden.`,
  attachmentsTotalTooLarge: (label, limit) => `${label} er lenkja til SharePoint i staden for lagd ved, fordi vedlegga til saman ville vorte større enn ${limit}.`,
  attachmentCannotAttach: (label) => `${label} er lenkja til SharePoint; denne Outlook-versjonen kan ikkje leggje ved filer frå Møtebok.`,
  attachmentNotStored: (label) => `${label} er ikkje lasta opp til SharePoint enno og er verken lagd ved eller lenkja.`,
  followsUp: (reference) => `Oppfølging av sak ${reference}`,
  postponed: 'Saka vart utsett.',
  page: 'Side',
  of: 'av',
  meetingNumber: 'Møte',
  ourRef: 'Vår ref.',
  yourRef: 'Dykkar ref.',
  archiveRef: 'Arkivsak',
  minutesMailSubject: (minutes, committee, date, fromMeeting) => `${minutes.word} frå ${fromMeeting ? 'møte i ' : ''}${committee} ${date} – til kommentar`,
  minutesMailIntro: (minutes, committee, date, referent) => `Her er ${minutes.definite} frå ${committee} ${date}. Send eventuelle kommentarar til referenten${referent ? `, ${referent},` : ''} innan éi veke.`,
  minutesMailAttached: (minutes) => `${capitalise(minutes.definite)} er lagt ved og ligg i møtemappa:`,
  minutesMailLinked: (minutes) => `${capitalise(minutes.definite)} ligg i møtemappa:`,
  minutesMailClosed: (minutes, folder, attached) =>
    `${capitalise(minutes.definite)} ${attached ? 'er lagt ved og ligg' : 'ligg'} i møtemappa, i den lukka mappa «${folder}», som berre dei med tilgang til alle sakene unnatekne offentlegheit kan opne:`,
  minutesMailOwnVersion: (minutes, attached) =>
    attached
      ? `${capitalise(minutes.definite)} er lagt ved, utan det du ikkje har tilgang til av sakene unnatekne offentlegheit. Den fullstendige utgåva i møtemappa er lukka for deg, og denne e-posten lenkjer difor ikkje dit.`
      : `Utgåva av ${minutes.definite} utan det du ikkje har tilgang til av sakene unnatekne offentlegheit, er for stor til å leggjast ved. Den fullstendige utgåva i møtemappa er lukka for deg; be sekretariatet om di utgåve.`,
  followUps: 'Oppfølging:',
  followUpLine: (what, who, due) => `${what} – ansvarleg: ${who}${due ? `, frist ${due}` : ''}`,
  routeBody: 'Utval',
  routeDate: 'Møtedato',
  linksNeedAccount: 'Lenkjene til møtemappa krev innlogging med ein konto hos organisasjonen som eig ho (òg som gjest). Får du dei ikkje opp, kan du be sekretariatet sende dokumenta.',
  siteVisit: 'Synfaring',
  publicMeeting: openMeetingNn('blir handsama'),
  // «Handsaming», as the nynorsk «Sakshandsamar» above: a committee writing «behandling» has `NN_BEHANDLING`.
  earlierTreatment: 'Tidlegare handsaming',
  treatedBy: treatedByNn('handsama'),
  treatmentLabel: 'Handsaming:',
};

const TEXTS: Readonly<Record<LanguageForm, FixedTexts>> = { nb, nn };

/** «PS 5/26», «PS 5/26 og PS 6/26», «PS 5/26, PS 6/26 og PS 7/26». */
function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Everything a document prints in the committee's målform, its own words (conventions) included. */
/** The change line when an update first links to the pack: «Møteboken (PDF) er lagt til som lenke», the nynorsk participle agreeing with the word. */
function packAdded(pack: PackNoun, form: LanguageForm): string {
  const definite = pack.definite.charAt(0).toUpperCase() + pack.definite.slice(1);
  return form === 'nn' ? `${definite} (PDF) er ${pack.added} til som lenkje` : `${definite} (PDF) er lagt til som lenke`;
}

/**
 * Nynorsk's words for a sak's treatment when the committee writes «behandling» (conventions.ts `treatment`), for `nn`'s
 * «handsaming» words: one word through its documents, never «Sakshandsamar» over «Tidlegare behandling».
 */
const NN_BEHANDLING: Pick<DocumentTexts, 'caseOfficer' | 'earlierTreatment' | 'treatedBy' | 'treatmentLabel' | 'publicMeeting'> = {
  caseOfficer: 'Saksbehandlar',
  earlierTreatment: 'Tidlegare behandling',
  treatedBy: treatedByNn('behandla'),
  treatmentLabel: 'Behandling:',
  publicMeeting: openMeetingNn('blir behandla'),
};

export function documentTexts(committee: Pick<Committee, 'languageForm' | 'conventions'>): DocumentTexts {
  const words = wordingOf(committee.conventions, committee.languageForm);
  const pack = packWordOf(committee.conventions, committee.languageForm);
  const agenda = agendaHeadingOf(committee.conventions, committee.languageForm);
  return {
    ...TEXTS[committee.languageForm],
    ...(committee.languageForm === 'nn' && treatmentWordOf(committee.conventions) === 'behandling' ? NN_BEHANDLING : {}),
    words,
    agenda: agenda.word,
    noItems: `${capitalise(agenda.definite)} er ${agenda.neuter ? 'tomt' : 'tom'}.`,
    backToAgenda: `Tilbake til ${agenda.definite}`,
    boardPackLink: `${pack.word} (PDF)`,
    boardPackAdded: packAdded(pack, committee.languageForm),
    proposedConclusion: `${words.proposal.word}:`,
    memoProposal: `${words.memoProposal.word}:`,
    conclusion: `${words.conclusion.word}:`,
    background: `${words.background.word}:`,
    referat: words.minutes.word,
    proceedingsAndConclusion: words.proceedingsAndConclusion,
    noConclusion: words.noConclusion,
    kindLabel: words.kindLabel,
    kindsUnderNumber: committee.conventions?.kindsUnderNumber !== false,
    subItemsNumbered: committee.conventions?.subItemsNumbered === true,
  };
}

/** BCP 47 tag for the document's language (Word's proofing language, HTML lang). */
export function languageTag(languageForm: LanguageForm): 'nb-NO' | 'nn-NO' {
  return languageForm === 'nn' ? 'nn-NO' : 'nb-NO';
}
