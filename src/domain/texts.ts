import type { AgendaWord, MinutesProposal, Noun } from './conventions';
import type { LanguageForm } from './model';

/**
 * The domain's wording in the committee's målform, in one table: text the rules write into the
 * meeting (the template's items, "Tatt til orientering"), the change lines of an updated notice and
 * the file-size messages. The words a committee chooses (Referat/Protokoll, Forslag til konklusjon …)
 * come from its conventions (`conventions.ts`) and are passed in. The documents' own wording is `src/documents/texts.ts` (which may use this
 * layer, not the reverse); the screens' wording is in the UI message catalogues.
 */
export interface DomainTexts {
  /** The items a new meeting starts with (`agendaTemplate`). */
  template: {
    /** `agenda` is what the first sak approves: "dagsorden", "saksliste", or the dagsorden and habilitet (`AgendaWord`). */
    approvalTitle: (agenda: AgendaWord) => string;
    approvalProposal: (agenda: AgendaWord) => string;
    /**
     * `minutes` is the committee's word for its record: "Referat fra …", "Protokoll fra …"; a committee that approves the
     * record (`proposal` 'approved') says so in the title, «Godkjenning av protokoll fra …», as its sakslister do.
     */
    minutesTitle: (minutes: Noun, meetingName: string, proposal: MinutesProposal) => string;
    /** The Referatsak's proposal: the record taken as read («tatt til orientering») or approved (`MinutesProposal`). */
    minutesProposal: (minutes: Noun, proposal: MinutesProposal) => string;
    minutesAttachmentTitle: (minutes: Noun, committeeName: string, shortDate: string) => string;
    /** Summary of the Referatsak when the attached referat is a version not yet approved. */
    minutesNotApproved: (minutes: Noun) => string;
    /** Summary of the Referatsak when the held meeting has no referat stored yet. */
    minutesMissing: (minutes: Noun) => string;
    closingTitle: string;
    /** The last sak of a committee that approves its record in the same meeting (`minutesApproval: 'sameMeeting'`). */
    sameMeetingMinutesTitle: (minutes: Noun) => string;
    sameMeetingMinutesProposal: (minutes: Noun) => string;
  };
  /** The usual conclusion of an Orientering (`agendaEditing.conclusionNoted`). */
  notedConclusion: string;
  /** Lines of "Endringer siden forrige utsending" for the agenda (`changeSummary.summariseAgendaChanges`). */
  changes: {
    /** `theAgenda`: the list in the committee's word, definite (`agendaHeading.ts`): «Ny rad i sakskartet: …». */
    newItem: (caseNumber: string | null, title: string, theAgenda: string) => string;
    removed: (label: string) => string;
    postponed: (label: string) => string;
    title: (label: string, title: string) => string;
    /** `proposal` is the committee's word: "forslag til konklusjon", "innstilling". */
    proposal: (label: string, proposal: Noun) => string;
    summary: (label: string) => string;
    presenters: (label: string, names: string) => string;
    kinds: (label: string, kinds: string) => string;
    time: (label: string, minutes: number | undefined) => string;
    caseMemoNew: (label: string) => string;
    caseMemoUpdated: (label: string) => string;
    attachmentNew: (label: string, title: string) => string;
    attachmentRemoved: (label: string, title: string) => string;
    attachmentUpdated: (label: string, title: string) => string;
    order: string;
    nobody: string;
  };
  /** Lines for changed date, time, place or Teams (`changeSummary.summariseMeetingChanges`). */
  meetingChanges: {
    date: (d: string) => string;
    time: (t: string) => string;
    place: (p: string) => string;
    online: (on: boolean) => string;
    siteVisit: (visit: string) => string;
  };
  /** The next meeting's «Oppfølgingsliste» (followUp.ts): one line per oppfølgingspunkt, status from Planner/To Do. */
  followUpList: {
    title: string;
    /** `source` is the sak the point came from: "2026.03 Samhandlingsavtalen". */
    line: (source: string, what: string, who: string, due: string | undefined, status: string) => string;
    open: string;
    overdue: string;
    completed: (date: string | undefined) => string;
    unknown: string;
    asOf: (date: string) => string;
  };
}

const nb: DomainTexts = {
  template: {
    approvalTitle: (agenda) => (agenda === 'dagsordenOgHabilitet' ? 'Godkjenning av dagsorden og habilitet' : `Godkjenning av innkalling og ${agenda}`),
    approvalProposal: (agenda) => (agenda === 'dagsordenOgHabilitet' ? 'Dagsorden og habilitet godkjennes.' : `Innkalling og ${agenda} godkjennes.`),
    minutesTitle: (minutes, meetingName, proposal) => (proposal === 'approved' ? `Godkjenning av ${minutes.lower} fra ${meetingName}` : `${minutes.word} fra ${meetingName}`),
    minutesProposal: (minutes, proposal) => (proposal === 'approved' ? `${capitalise(minutes.definite)} godkjennes.` : `${minutes.word} tatt til orientering.`),
    minutesAttachmentTitle: (minutes, committeeName, shortDate) => `${minutes.word} fra ${committeeName} ${shortDate}`,
    minutesNotApproved: (minutes) => `${capitalise(minutes.definite)} er ikke godkjent ennå. Vedlagt er siste versjon.`,
    minutesMissing: (minutes) =>
      minutes.neuter
        ? `${capitalise(minutes.definite)} fra møtet er ikke laget ennå. Legg det ved som vedlegg når det er klart.`
        : `${capitalise(minutes.definite)} fra møtet er ikke laget ennå. Legg den ved som vedlegg når den er klar.`,
    closingTitle: 'Oppsummering og avslutning',
    sameMeetingMinutesTitle: (minutes) => `Godkjenning av ${minutes.lower}`,
    sameMeetingMinutesProposal: (minutes) => `${capitalise(minutes.definite)} fra møtet godkjennes.`,
  },
  notedConclusion: 'Tatt til orientering.',
  changes: {
    newItem: (caseNumber, title, theAgenda) => (caseNumber === null ? `Ny rad i ${theAgenda}: ${title}` : `Ny sak ${caseNumber} ${title}`),
    removed: (label) => `${label} er fjernet`,
    postponed: (label) => `${label} er utsatt`,
    title: (label, title) => `${label}: endret tittel til «${title}»`,
    proposal: (label, proposal) => `${label}: endret ${proposal.lower}`,
    summary: (label) => `${label}: endret beskrivelse`,
    presenters: (label, names) => `${label}: endret ansvar (${names})`,
    kinds: (label, kinds) => `${label}: endret sakstype (${kinds})`,
    time: (label, minutes) => (minutes === undefined ? `${label}: tidsramme fjernet` : `${label}: ny tidsramme ${minutes} min`),
    caseMemoNew: (label) => `${label}: nytt saksframlegg`,
    caseMemoUpdated: (label) => `${label}: oppdatert saksframlegg`,
    attachmentNew: (label, title) => `Nytt vedlegg til ${label}: ${title}`,
    attachmentRemoved: (label, title) => `Vedlegg fjernet fra ${label}: ${title}`,
    attachmentUpdated: (label, title) => `Oppdatert vedlegg til ${label}: ${title}`,
    order: 'Rekkefølgen på sakene er endret',
    nobody: 'ingen',
  },
  meetingChanges: {
    date: (date) => `Ny dato: ${date}`,
    time: (time) => `Nytt tidspunkt: ${time}`,
    place: (place) => (place === '' ? 'Møtestedet er fjernet' : `Nytt møtested: ${place}`),
    online: (on) => (on ? 'Møtet kan nå også følges på Teams' : 'Møtet holdes ikke lenger på Teams'),
    siteVisit: (visit) => (visit === '' ? 'Befaringen utgår' : `Ny befaring: ${visit}`),
  },
  followUpList: {
    title: 'Oppfølgingsliste',
    line: (source, what, who, due, status) => `${source}: ${what} – ansvarlig ${who}${due ? `, frist ${due}` : ''} – ${status}`,
    open: 'åpen',
    overdue: 'åpen, fristen er passert',
    completed: (date) => (date ? `fullført ${date}` : 'fullført'),
    unknown: 'status ukjent (oppgaven kunne ikke leses)',
    asOf: (date) => `Status fra Planner/To Do per ${date}.`,
  },
};

/** Nynorsk writes «sakliste» (the documents' heading «Sakliste», a nynorsk helseføretak's «Godkjenning av innkalling og sakliste»). */
const sakliste = (agenda: AgendaWord): string => (agenda === 'saksliste' ? 'sakliste' : agenda);

const nn: DomainTexts = {
  template: {
    approvalTitle: (agenda) => (agenda === 'dagsordenOgHabilitet' ? 'Godkjenning av dagsorden og habilitet' : `Godkjenning av innkalling og ${sakliste(agenda)}`),
    approvalProposal: (agenda) => (agenda === 'dagsordenOgHabilitet' ? 'Dagsorden og habilitet vert godkjende.' : `Innkalling og ${sakliste(agenda)} vert godkjende.`),
    minutesTitle: (minutes, meetingName, proposal) => (proposal === 'approved' ? `Godkjenning av ${minutes.lower} frå ${meetingName}` : `${minutes.word} frå ${meetingName}`),
    minutesProposal: (minutes, proposal) =>
      proposal === 'approved' ? `${capitalise(minutes.definite)} vert ${minutes.neuter ? 'godkjent' : 'godkjend'}.` : `${minutes.word} teke til orientering.`,
    minutesAttachmentTitle: (minutes, committeeName, shortDate) => `${minutes.word} frå ${committeeName} ${shortDate}`,
    minutesNotApproved: (minutes) => `${capitalise(minutes.definite)} er ikkje ${minutes.neuter ? 'godkjent' : 'godkjend'} enno. Vedlagt er siste versjon.`,
    minutesMissing: (minutes) =>
      minutes.neuter
        ? `${capitalise(minutes.definite)} frå møtet er ikkje laga enno. Legg det ved som vedlegg når det er klart.`
        : `${capitalise(minutes.definite)} frå møtet er ikkje laga enno. Legg han ved som vedlegg når han er klar.`,
    closingTitle: 'Oppsummering og avslutning',
    sameMeetingMinutesTitle: (minutes) => `Godkjenning av ${minutes.lower}`,
    sameMeetingMinutesProposal: (minutes) => `${capitalise(minutes.definite)} frå møtet vert ${minutes.neuter ? 'godkjent' : 'godkjend'}.`,
  },
  notedConclusion: 'Teke til orientering.',
  changes: {
    newItem: (caseNumber, title, theAgenda) => (caseNumber === null ? `Ny rad i ${theAgenda}: ${title}` : `Ny sak ${caseNumber} ${title}`),
    removed: (label) => `${label} er fjerna`,
    postponed: (label) => `${label} er utsett`,
    title: (label, title) => `${label}: endra tittel til «${title}»`,
    proposal: (label, proposal) => `${label}: endra ${proposal.lower}`,
    summary: (label) => `${label}: endra omtale`,
    presenters: (label, names) => `${label}: endra ansvar (${names})`,
    kinds: (label, kinds) => `${label}: endra sakstype (${kinds})`,
    time: (label, minutes) => (minutes === undefined ? `${label}: tidsramme fjerna` : `${label}: ny tidsramme ${minutes} min`),
    caseMemoNew: (label) => `${label}: nytt saksframlegg`,
    caseMemoUpdated: (label) => `${label}: oppdatert saksframlegg`,
    attachmentNew: (label, title) => `Nytt vedlegg til ${label}: ${title}`,
    attachmentRemoved: (label, title) => `Vedlegg fjerna frå ${label}: ${title}`,
    attachmentUpdated: (label, title) => `Oppdatert vedlegg til ${label}: ${title}`,
    order: 'Rekkjefølgja på sakene er endra',
    nobody: 'ingen',
  },
  meetingChanges: {
    date: (date) => `Ny dato: ${date}`,
    time: (time) => `Nytt tidspunkt: ${time}`,
    place: (place) => (place === '' ? 'Møtestaden er fjerna' : `Ny møtestad: ${place}`),
    online: (on) => (on ? 'Møtet kan no òg følgjast på Teams' : 'Møtet vert ikkje lenger halde på Teams'),
    siteVisit: (visit) => (visit === '' ? 'Synfaringa fell bort' : `Ny synfaring: ${visit}`),
  },
  followUpList: {
    title: 'Oppfølgingsliste',
    line: (source, what, who, due, status) => `${source}: ${what} – ansvarleg ${who}${due ? `, frist ${due}` : ''} – ${status}`,
    open: 'open',
    overdue: 'open, fristen er passert',
    completed: (date) => (date ? `fullført ${date}` : 'fullført'),
    unknown: 'status ukjend (oppgåva kunne ikkje lesast)',
    asOf: (date) => `Status frå Planner/To Do per ${date}.`,
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TEXTS: Readonly<Record<LanguageForm, DomainTexts>> = { nb, nn };

export function domainTexts(form: LanguageForm): DomainTexts {
  return TEXTS[form];
}
