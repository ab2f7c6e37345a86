/**
 * The `dirigentRead` namespace: who writes in an årsmøte's protokoll, said to a reader in the side panel
 * (DirigentReadLine.tsx), before and after the meeting has elected its dirigent. Apart from the panel's catalogue so a
 * committee without a dirigent does not start with them. `nb` is the source of keys.
 */
const nb = {
  'beforeElection':
    'Du ser {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {sakslisten}}. Bare referent og den som åpner møtet, kan skrive i {theMinutes} til dirigenten er valgt.',
  'elected': 'Du ser {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {sakslisten}}. Bare referent og dirigent kan skrive i {theMinutes}.',
};
type Key = keyof typeof nb;

// Nynorsk: the årsmøte's referent is its «protokollførar», as the nynorsk protokoll names him (meetingFacts.ts `minuteTakerFact`).
const nn: Record<Key, string> = {
  'beforeElection':
    'Du ser {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {saklista}}. Berre protokollførar og den som opnar møtet, kan skrive i {theMinutes} til dirigenten er vald.',
  'elected': 'Du ser {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {saklista}}. Berre protokollførar og dirigent kan skrive i {theMinutes}.',
};

const en: Record<Key, string> = {
  'beforeElection':
    'You are viewing the {agendaHeading, select, sakskart {agenda} dagsorden {agenda} other {agenda}}. Only the minute taker and whoever opens the meeting can write {theMinutes} until the chair (dirigent) is chosen.',
  'elected': 'You are viewing the {agendaHeading, select, sakskart {agenda} dagsorden {agenda} other {agenda}}. Only the minute taker and the chair (dirigent) can write {theMinutes}.',
};

export const dirigentReadMessages = { nb, nn, en };
