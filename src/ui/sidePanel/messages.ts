/**
 * The `sidePanel` namespace: the texts of the side panel's first view — loading, the unlinked meeting, the member's
 * read-only agenda and open sak (`SidePanelApp`, `ReadOnlyView`, `AgendaList`, `ItemDetails`; «Til stede» for
 * `PresentList`). The referent's recorder and «Etter møtet» have theirs in `recorder/messages.ts`, loaded with those
 * chunks, so a member's start-up does not carry them (issue 14: cold load). `nb` is the source of keys.
 */
const nb = {
  'title': 'Møtebok',
  'loading': 'Henter møtet …',
  'recorder.loading': 'Henter verktøyene for {theMinutes} …',
  'recorder.failed': 'Verktøyene for {theMinutes} kunne ikke hentes. Sjekk forbindelsen og prøv igjen.',
  'notLinked': 'Dette Teams-møtet er ikke koblet til et møte i Møtebok. Åpne møtet i Møtebok-fanen og send innkallingen derfra, så kobles de sammen.',
  'readOnly': 'Du ser {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {sakslisten}}. Bare referent og møteleder kan skrive i {theMinutes}.',
  'agenda.label': '{agendaHeading, select, sakskart {Sakskart} dagsorden {Dagsorden} other {Saksliste}}',
  'agenda.current': 'Aktiv sak',
  'agenda.unnumbered': 'Uten nummer',
  'outcome.pending': 'Ikke behandlet',
  'outcome.treated': 'Behandlet',
  'outcome.postponed': 'Utsatt',
  'item.back': 'Tilbake til {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {sakslisten}}',
  'item.presenters': 'Ansvar',
  'item.noProposal': '{proposalGender, select, neuter {Ingen} other {Ingen}} {proposal}.',
  'item.proceedings': 'Møtebehandling',
  'item.documents': 'Dokumenter',
  'item.caseMemo': 'Saksframlegg',
  'item.attachmentNumbered': 'Vedlegg {number} – {title}',
  'item.noDocuments': 'Ingen dokumenter.',
  'attendance.present': 'Til stede',
  'item.subItems': 'Orienteringer',
};

export type SidePanelKey = keyof typeof nb;

const nn: Record<SidePanelKey, string> = {
  'title': 'Møtebok',
  'loading': 'Hentar møtet …',
  'recorder.loading': 'Hentar verktøya for {theMinutes} …',
  'recorder.failed': 'Verktøya for {theMinutes} kunne ikkje hentast. Sjekk tilkoplinga og prøv igjen.',
  'notLinked': 'Dette Teams-møtet er ikkje kopla til eit møte i Møtebok. Opne møtet i Møtebok-fana og send innkallinga derifrå, så vert dei kopla saman.',
  'readOnly': 'Du ser {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {saklista}}. Berre referent og møteleiar kan skrive i {theMinutes}.',
  'agenda.label': '{agendaHeading, select, sakskart {Sakskart} dagsorden {Dagsorden} other {Sakliste}}',
  'agenda.current': 'Aktiv sak',
  'agenda.unnumbered': 'Utan nummer',
  'outcome.pending': 'Ikkje handsama',
  'outcome.treated': 'Handsama',
  'outcome.postponed': 'Utsett',
  'item.back': 'Tilbake til {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {saklista}}',
  'item.presenters': 'Ansvar',
  'item.noProposal': '{proposalGender, select, neuter {Ikkje noko} other {Inga}} {proposal}.',
  'item.proceedings': 'Møtehandsaming',
  'item.documents': 'Dokument',
  'item.caseMemo': 'Saksframlegg',
  'item.attachmentNumbered': 'Vedlegg {number} – {title}',
  'item.noDocuments': 'Ingen dokument.',
  'attendance.present': 'Til stades',
  'item.subItems': 'Orienteringar',
};

const en: Record<SidePanelKey, string> = {
  'title': 'Møtebok',
  'loading': 'Loading the meeting …',
  'recorder.loading': 'Loading the tools for {theMinutes} …',
  'recorder.failed': 'The tools for {theMinutes} could not be loaded. Check the connection and try again.',
  'notLinked': 'This Teams meeting is not linked to a Møtebok meeting. Open the meeting in the Møtebok tab and send the notice from there to link them.',
  'readOnly': 'You are viewing the {agendaHeading, select, sakskart {agenda} dagsorden {agenda} other {agenda}}. Only the minute taker and the chair can write {theMinutes}.',
  'agenda.label': '{agendaHeading, select, sakskart {Agenda} dagsorden {Agenda} other {Agenda}}',
  'agenda.current': 'Current item',
  'agenda.unnumbered': 'Unnumbered',
  'outcome.pending': 'Not treated',
  'outcome.treated': 'Treated',
  'outcome.postponed': 'Postponed',
  'item.back': 'Back to the {agendaHeading, select, sakskart {agenda} dagsorden {agenda} other {agenda}}',
  'item.presenters': 'Presenters',
  'item.noProposal': '{proposalGender, select, neuter {No} other {No}} {proposal}.',
  'item.proceedings': 'Proceedings',
  'item.documents': 'Documents',
  'item.caseMemo': 'Case memo',
  'item.attachmentNumbered': 'Attachment {number} – {title}',
  'item.noDocuments': 'No documents.',
  'attendance.present': 'Present',
  'item.subItems': 'Briefings',
};

export const sidePanelMessages = { nb, nn, en };
