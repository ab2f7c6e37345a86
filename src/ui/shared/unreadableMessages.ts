import { defineNamespace } from './i18n';

// The texts for stored rows and drafts that could not be read load with the bar that shows them
// (`UnreadableRowsBar`, its own chunk through `LateUnreadableRowsBar`) and with a sak's history, not
// with every page's start-up (the size budgets, issue 14). `nb` is the source of keys.

const nb = {
  'title': 'Noe kunne ikke leses',
  'body': 'Disse radene i SharePoint har data Møtebok ikke kan lese. Resten fungerer som vanlig. Åpne raden for å rette den, eller be den som endret den om hjelp.',
  'open': 'Åpne for retting',
  'rowId': 'rad-ID {id}',
  'sentence': '{name} kunne ikke leses: {problem}.',
  'quoted': '«{text}»',
  'committee': 'Møteorganet {name}',
  'committeeRow': 'Møteorganet i rad {id}',
  'meeting': 'Møtet {name}',
  'meetingRow': 'Møtet i rad {id}',
  'item': 'Sak {name}',
  'itemRow': 'Saken i rad {id}',
  'inMeeting': '{name} i møtet {date}',
  'field': "feltet ''{field}''",
  'data': 'dataene',
  'missing': '{field} mangler',
  'wrongType': '{field} skal være {type}',
  'unknownValue': '{field} har en ukjent verdi («{value}»). Tillatt: {allowed}',
  'unknownFields': '{field} har ukjente felt: {fields}',
  'notJson': '{field} er ikke gyldig JSON',
  'duplicate': '{field} («{value}») er det samme som for en annen sak i møtet',
  'invalid': '{field} har en ugyldig verdi',
  'draft': 'Utkastet for {part} på denne maskinen kunne ikke leses: {problem}. Det er lagret urørt, slik at en nyere versjon av Møtebok kan lese det, og endrer du {part} her, legges det til side. Det blir liggende til du forkaster det.',
  'discardDraft': 'Forkast utkastet',
  'draftMeeting': 'møtet',
  'draftItem': 'sak {name}',
  'draftGone': 'en sak som ikke er i møtet nå',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'title': 'Noko kunne ikkje lesast',
  'body': 'Desse radene i SharePoint har data Møtebok ikkje kan lese. Resten fungerer som vanleg. Opne rada for å rette ho, eller be den som endra ho om hjelp.',
  'open': 'Opne for retting',
  'rowId': 'rad-ID {id}',
  'sentence': '{name} kunne ikkje lesast: {problem}.',
  'quoted': '«{text}»',
  'committee': 'Møteorganet {name}',
  'committeeRow': 'Møteorganet i rad {id}',
  'meeting': 'Møtet {name}',
  'meetingRow': 'Møtet i rad {id}',
  'item': 'Sak {name}',
  'itemRow': 'Saka i rad {id}',
  'inMeeting': '{name} i møtet {date}',
  'field': "feltet ''{field}''",
  'data': 'dataa',
  'missing': '{field} manglar',
  'wrongType': '{field} skal vere {type}',
  'unknownValue': '{field} har ein ukjend verdi («{value}»). Tillate: {allowed}',
  'unknownFields': '{field} har ukjende felt: {fields}',
  'notJson': '{field} er ikkje gyldig JSON',
  'duplicate': '{field} («{value}») er det same som for ei anna sak i møtet',
  'invalid': '{field} har ein ugyldig verdi',
  'draft': 'Utkastet for {part} på denne maskina kunne ikkje lesast: {problem}. Det er lagra urørt, slik at ein nyare versjon av Møtebok kan lese det, og endrar du {part} her, blir det lagt til side. Det blir liggjande til du forkastar det.',
  'discardDraft': 'Forkast utkastet',
  'draftMeeting': 'møtet',
  'draftItem': 'sak {name}',
  'draftGone': 'ei sak som ikkje er i møtet no',
};

const en: Record<Key, string> = {
  'title': 'Some data could not be read',
  'body': 'These rows in SharePoint hold data Møtebok cannot read. Everything else works as usual. Open the row to repair it, or ask whoever changed it for help.',
  'open': 'Open to repair',
  'rowId': 'row ID {id}',
  'sentence': '{name} could not be read: {problem}.',
  'quoted': '“{text}”',
  'committee': 'The committee {name}',
  'committeeRow': 'The committee in row {id}',
  'meeting': 'The meeting {name}',
  'meetingRow': 'The meeting in row {id}',
  'item': 'Item {name}',
  'itemRow': 'The item in row {id}',
  'inMeeting': '{name} in the meeting {date}',
  'field': "the field ''{field}''",
  'data': 'the data',
  'missing': '{field} is missing',
  'wrongType': '{field} should be {type}',
  'unknownValue': '{field} has an unknown value (“{value}”). Allowed: {allowed}',
  'unknownFields': '{field} has unknown fields: {fields}',
  'notJson': '{field} is not valid JSON',
  'duplicate': '{field} (“{value}”) is the same as for another item in the meeting',
  'invalid': '{field} has an invalid value',
  'draft': 'The draft for {part} on this computer could not be read: {problem}. It is kept untouched so that a newer version of Møtebok can read it, and if you change {part} here, it is set aside. It stays until you discard it.',
  'discardDraft': 'Discard the draft',
  'draftMeeting': 'the meeting',
  'draftItem': 'item {name}',
  'draftGone': 'an item no longer in the meeting',
};

export const unreadableMessages = { nb, nn, en };
export type UnreadableKey = Key;

/** Typed `t` for the `unreadable` namespace (UnreadableRowsBar, ItemHistoryList). */
export const useUnreadableText = defineNamespace('unreadable', unreadableMessages);
