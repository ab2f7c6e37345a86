import type { ItemKind, LanguageForm } from '../domain/model';

/**
 * Every fixed text the generated documents and the invite body contain, per målform. Documents
 * follow the committee's målform (not the reader's UI language), as a municipality's documents
 * are written in the målform it has chosen. Bokmål is the source of the keys; the type makes a
 * missing nynorsk text a compile error. Wording the domain rules write themselves (the template's
 * rows, the change lines of an update, "Tatt til orientering") is `domain/texts.ts`; the UI
 * catalogues are for the user's UI language only, never for text that lands in a document or mail.
 *
 * Nynorsk follows the 2012 norm: "Møteleiar", "Til stades", "Saksbehandlar", "saklista" (the
 * definite plural of "sakliste"), "Avgjerd" for the kind Beslutning, "lenkje".
 */
export interface DocumentTexts {
  to: string;
  theme: string;
  dateAndPlace: string;
  attachments: string;
  chair: string;
  minuteTaker: string;
  caseOfficer: string;
  present: string;
  absent: string;
  /** Between substitute and member: "Kari Nordmann for Ola Nordmann". */
  substituteFor: string;
  proposedConclusion: string;
  proposedDecision: string;
  conclusion: string;
  background: string;
  /** Header of the saksframlegg and the referat's first column. */
  caseNumberShort: string;
  committee: string;
  itemType: string;
  responsible: string;
  /** First column of the innkalling's saksliste. */
  caseNumberColumn: string;
  /** Middle column of the innkalling's saksliste; the seed leaves it blank, screen readers need a name. */
  contentColumn: string;
  proceedingsAndConclusion: string;
  backToAgenda: string;
  innkalling: string;
  referat: string;
  saksframlegg: string;
  agenda: string;
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
  /** Lines the Outlook add-in adds inside the invite's block. */
  openInMotebok: string;
  attachmentTooLarge: (label: string, limit: string) => string;
  attachmentsTotalTooLarge: (label: string, limit: string) => string;
  attachmentCannotAttach: (label: string) => string;
  attachmentNotStored: (label: string) => string;
  followsUp: (reference: string) => string;
  noItems: string;
  postponed: string;
  /** In the referat, under an item with nothing recorded as konklusjon. */
  noConclusion: string;
  arrivedDuring: (item: string) => string;
  leftDuring: (item: string) => string;
  page: string;
  of: string;
  kinds: Record<ItemKind, string>;
  /** "Send referat til medlemmene": the mail's subject, its text, and what the link/attachment says. */
  minutesMailSubject: (committee: string, date: string) => string;
  minutesMailIntro: (committee: string, date: string) => string;
  minutesMailAttached: string;
  minutesMailLinked: string;
}

const nb: DocumentTexts = {
  to: 'Til',
  theme: 'Tema',
  dateAndPlace: 'Dato/sted',
  attachments: 'Vedlegg',
  chair: 'Møteleder',
  minuteTaker: 'Referent',
  caseOfficer: 'Saksbehandler',
  present: 'Til stede',
  absent: 'Forfall',
  substituteFor: 'for',
  proposedConclusion: 'Forslag til konklusjon:',
  proposedDecision: 'Forslag til vedtak:',
  conclusion: 'Konklusjon:',
  background: 'Bakgrunn:',
  caseNumberShort: 'Saksnr.',
  committee: 'Møteorgan',
  itemType: 'Type sak',
  responsible: 'Ansvar',
  caseNumberColumn: 'Saks nr.',
  contentColumn: 'Sak',
  proceedingsAndConclusion: 'Møtebehandling og konklusjon',
  backToAgenda: 'Tilbake til sakslisten',
  innkalling: 'Innkalling',
  referat: 'Referat',
  saksframlegg: 'Saksframlegg',
  agenda: 'Saksliste',
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
  openInMotebok: 'Åpne møtet i Møtebok',
  attachmentTooLarge: (label, limit) => `${label} er større enn Outlook tillater som vedlegg (${limit}) og er lenket til SharePoint i stedet.`,
  attachmentsTotalTooLarge: (label, limit) => `${label} er lenket til SharePoint i stedet for lagt ved, fordi vedleggene til sammen ville blitt større enn ${limit}.`,
  attachmentCannotAttach: (label) => `${label} er lenket til SharePoint; denne Outlook-versjonen kan ikke legge ved filer fra Møtebok.`,
  attachmentNotStored: (label) => `${label} er ikke lastet opp til SharePoint ennå og er verken lagt ved eller lenket.`,
  followsUp: (reference) => `Oppfølging av sak ${reference}`,
  noItems: 'Sakslisten er tom.',
  postponed: 'Saken ble utsatt.',
  noConclusion: 'Ingen konklusjon registrert.',
  arrivedDuring: (item) => `kom under sak ${item}`,
  leftDuring: (item) => `gikk under sak ${item}`,
  page: 'Side',
  of: 'av',
  kinds: { Godkjenning: 'Godkjenning', Referatsak: 'Referatsak', Orientering: 'Orientering', Dialog: 'Dialog', Beslutning: 'Beslutning' },
  minutesMailSubject: (committee, date) => `Referat fra ${committee} ${date} – til kommentar`,
  minutesMailIntro: (committee, date) => `Her er referatet fra ${committee} ${date}. Send eventuelle kommentarer til referenten innen én uke.`,
  minutesMailAttached: 'Referatet er lagt ved og ligger i møtemappen:',
  minutesMailLinked: 'Referatet ligger i møtemappen:',
};

const nn: DocumentTexts = {
  to: 'Til',
  theme: 'Tema',
  dateAndPlace: 'Dato/stad',
  attachments: 'Vedlegg',
  chair: 'Møteleiar',
  minuteTaker: 'Referent',
  caseOfficer: 'Saksbehandlar',
  present: 'Til stades',
  absent: 'Forfall',
  substituteFor: 'for',
  proposedConclusion: 'Forslag til konklusjon:',
  proposedDecision: 'Forslag til vedtak:',
  conclusion: 'Konklusjon:',
  background: 'Bakgrunn:',
  caseNumberShort: 'Saksnr.',
  committee: 'Møteorgan',
  itemType: 'Type sak',
  responsible: 'Ansvar',
  caseNumberColumn: 'Saks nr.',
  contentColumn: 'Sak',
  proceedingsAndConclusion: 'Møtebehandling og konklusjon',
  backToAgenda: 'Tilbake til saklista',
  innkalling: 'Innkalling',
  referat: 'Referat',
  saksframlegg: 'Saksframlegg',
  agenda: 'Sakliste',
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
  openInMotebok: 'Opne møtet i Møtebok',
  attachmentTooLarge: (label, limit) => `${label} er større enn Outlook tillèt som vedlegg (${limit}) og er lenkja til SharePoint i staden.`,
  attachmentsTotalTooLarge: (label, limit) => `${label} er lenkja til SharePoint i staden for lagd ved, fordi vedlegga til saman ville vorte større enn ${limit}.`,
  attachmentCannotAttach: (label) => `${label} er lenkja til SharePoint; denne Outlook-versjonen kan ikkje leggje ved filer frå Møtebok.`,
  attachmentNotStored: (label) => `${label} er ikkje lasta opp til SharePoint enno og er verken lagd ved eller lenkja.`,
  followsUp: (reference) => `Oppfølging av sak ${reference}`,
  noItems: 'Saklista er tom.',
  postponed: 'Saka vart utsett.',
  // The same words as bokmål, and correct nynorsk: "registrert" is the participle of "registrere" in both.
  noConclusion: 'Ingen konklusjon registrert.',
  arrivedDuring: (item) => `kom under sak ${item}`,
  leftDuring: (item) => `gjekk under sak ${item}`,
  page: 'Side',
  of: 'av',
  kinds: { Godkjenning: 'Godkjenning', Referatsak: 'Referatsak', Orientering: 'Orientering', Dialog: 'Dialog', Beslutning: 'Avgjerd' },
  minutesMailSubject: (committee, date) => `Referat frå ${committee} ${date} – til kommentar`,
  minutesMailIntro: (committee, date) => `Her er referatet frå ${committee} ${date}. Send eventuelle kommentarar til referenten innan éi veke.`,
  minutesMailAttached: 'Referatet er lagt ved og ligg i møtemappa:',
  minutesMailLinked: 'Referatet ligg i møtemappa:',
};

const TEXTS: Readonly<Record<LanguageForm, DocumentTexts>> = { nb, nn };

export function documentTexts(languageForm: LanguageForm): DocumentTexts {
  return TEXTS[languageForm];
}

/** BCP 47 tag for the document's language (Word's proofing language, HTML lang). */
export function languageTag(languageForm: LanguageForm): 'nb-NO' | 'nn-NO' {
  return languageForm === 'nn' ? 'nn-NO' : 'nb-NO';
}
