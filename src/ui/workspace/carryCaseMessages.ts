/** The `carryCase` namespace: «Hent sak fra et annet utvalg» in the saksliste (CarryCaseDialog.tsx, domain/carriedCase.ts). `nb` is the source of keys. */
const nb = {
  'title': 'Hent sak fra et annet utvalg',
  'intro': 'Behandlede saker fra møter i andre utvalg det siste året, der saksgangen sier at saken går videre til {committee}. Saken legges til med innstillingen som forslag og den tidligere behandlingen skrevet under saken.',
  'loading': 'Leter etter saker …',
  'none': 'Ingen behandlede saker i andre utvalg går videre til {committee}.',
  'unread': '{count, plural, one {Ett møte eller utvalg} other {# møter eller utvalg}} kunne ikke leses, så saker derfra kan mangle.',
  'failed': 'Sakene kunne ikke hentes.',
  'list': 'Saker som går videre hit',
  'from': '{body}, møte {date}',
  'takeShort': 'Hent saken',
  'take': 'Hent saken: {title}',
  'added': '{title} er lagt til i {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {sakslisten}}.',
  'close': 'Lukk',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'title': 'Hent sak frå eit anna utval',
  'intro': 'Saker frå møte som er haldne i andre utval det siste året, der saksgangen seier at saka går vidare til {committee}. Saka blir lagd til med innstillinga som forslag og den tidlegare behandlinga skriven under saka.',
  'loading': 'Leitar etter saker …',
  'none': 'Ingen saker frå haldne møte i andre utval går vidare til {committee}.',
  'unread': '{count, plural, one {Eitt møte eller utval} other {# møte eller utval}} kunne ikkje lesast, så saker derifrå kan mangle.',
  'failed': 'Sakene kunne ikkje hentast.',
  'list': 'Saker som går vidare hit',
  'from': '{body}, møte {date}',
  'takeShort': 'Hent saka',
  'take': 'Hent saka: {title}',
  'added': '{title} er lagd til i {agendaHeading, select, sakskart {sakskartet} dagsorden {dagsordenen} other {saklista}}.',
  'close': 'Lukk',
};

const en: Record<Key, string> = {
  'title': 'Take an item from another body',
  'intro': 'Treated items from other bodies’ meetings in the past year whose case route sends them on to {committee}. The item is added with the recommendation as its proposal and the earlier treatment written under it.',
  'loading': 'Looking for items …',
  'none': 'No treated items of other bodies go on to {committee}.',
  'unread': '{count, plural, one {One meeting or body} other {# meetings or bodies}} could not be read, so items from there may be missing.',
  'failed': 'The items could not be read.',
  'list': 'Items that go on to here',
  'from': '{body}, meeting {date}',
  'takeShort': 'Take the item',
  'take': 'Take the item: {title}',
  'added': '{title} was added to the {agendaHeading, select, sakskart {agenda} dagsorden {agenda} other {agenda}}.',
  'close': 'Close',
};

export const carryCaseMessages = { nb, nn, en };
