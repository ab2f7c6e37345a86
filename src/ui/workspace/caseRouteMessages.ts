/** The `caseRoute` namespace: a sak's saksgang in the workspace's sak editor (domain/caseRoute.ts). `nb` is the source of keys. */
const nb = {
  'heading': 'Saksgang',
  'hint': 'Utvalgene som behandler saken, i rekkefølge. Står ikke {committee} i listen, behandles saken her først. Går saken videre til et annet utvalg, skrives konklusjonen her i protokollen som innstilling til det.',
  'newBody': 'Nytt utvalg i saksgangen',
  'add': 'Legg til i saksgangen',
  'body': 'Utvalg',
  'bodyRequired': 'Utvalget mangler navn. Det lagres når det har et navn.',
  'date': 'Møtedato (valgfritt)',
  'caseNumber': 'Saksnr. (valgfritt)',
  'thisMeeting': 'Dette møtet: datoen og saksnummeret er møtets.',
  'remove': 'Fjern fra saksgangen: {body}',
  'forwarded': 'Protokollen skriver konklusjonen som «Innstilling til {body}».',
  'forwardedStatement': 'Protokollen skriver konklusjonen som «{word}», og {body} beholder forslaget saken hadde.',
  /** A row's field as a screen reader names it: its visible label, then the row's body. */
  'rowField': '{field}, {body}',
  'cameFrom': 'Innkallingen skriver forslaget som «{proposal}».',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'heading': 'Saksgang',
  'hint': 'Utvala som handsamar saka, i rekkjefølgje. Står ikkje {committee} i lista, blir saka handsama her først. Går saka vidare til eit anna utval, blir konklusjonen her skriven i protokollen som innstilling til det.',
  'newBody': 'Nytt utval i saksgangen',
  'add': 'Legg til i saksgangen',
  'body': 'Utval',
  'bodyRequired': 'Utvalet manglar namn. Det blir lagra når det har eit namn.',
  'date': 'Møtedato (valfritt)',
  'caseNumber': 'Saksnr. (valfritt)',
  'thisMeeting': 'Dette møtet: datoen og saksnummeret er møtet sine.',
  'remove': 'Fjern frå saksgangen: {body}',
  'forwarded': 'Protokollen skriv konklusjonen som «Innstilling til {body}».',
  'forwardedStatement': 'Protokollen skriv konklusjonen som «{word}», og {body} held på forslaget saka hadde.',
  'rowField': '{field}, {body}',
  'cameFrom': 'Innkallinga skriv forslaget som «{proposal}».',
};

const en: Record<Key, string> = {
  'heading': 'Case route',
  'hint': 'The bodies that treat the item, in order. If {committee} is not in the list, the item is treated here first. If the item goes on to another body, the record writes the conclusion here as a recommendation to it.',
  'newBody': 'New body in the case route',
  'add': 'Add to the case route',
  'body': 'Body',
  'bodyRequired': 'The body has no name. It is saved once it has one.',
  'date': 'Meeting date (optional)',
  'caseNumber': 'Case no. (optional)',
  'thisMeeting': 'This meeting: the date and case number are the meeting’s.',
  'remove': 'Remove from the case route: {body}',
  'forwarded': 'The record writes the conclusion as “Innstilling til {body}” (recommendation).',
  'forwardedStatement': 'The record writes the conclusion as “{word}” (statement), and {body} keeps the proposal the item had.',
  'rowField': '{field}, {body}',
  'cameFrom': 'The notice heads the proposal “{proposal}” (the recommendation it comes with).',
};

export const caseRouteMessages = { nb, nn, en };
