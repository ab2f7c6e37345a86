/**
 * The `noticeProgress` namespace: the line under «Send» while the innkalling goes out
 * (`noticeProgressText.ts`, graph/noticeSender.ts `NoticeProgress`). Loaded when a send begins, not
 * with the workspace. `nb` is the source of keys.
 */
const nb = {
  'innkalling': 'Lager og lagrer innkallingen (Word) …',
  'links': '{sharing, select, yes {Lager delingslenker til vedleggene …} other {Leser vedleggene i dokumentbiblioteket …}}',
  'packDocument': 'Lager møteboken (PDF): dokument {at} av {count} …',
  'packStore': 'Lagrer møteboken (PDF) i møtemappen …',
  'event': 'Oppretter møteinnkallingen i kalenderen …',
  'attachment': 'Legger ved {fileName} ({at} av {count}) …',
  'attendees': '{update, select, yes {Sender oppdatert innkalling til deltakerne …} other {Sender innkallingen til deltakerne …}}',
  'saved': '{update, select, yes {Oppdatert innkalling er sendt.} other {Innkallingen er sendt.}}',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'innkalling': 'Lagar og lagrar innkallinga (Word) …',
  'links': '{sharing, select, yes {Lagar delingslenkjer til vedlegga …} other {Les vedlegga i dokumentbiblioteket …}}',
  'packDocument': 'Lagar møteboka (PDF): dokument {at} av {count} …',
  'packStore': 'Lagrar møteboka (PDF) i møtemappa …',
  'event': 'Opprettar møteinnkallinga i kalenderen …',
  'attachment': 'Legg ved {fileName} ({at} av {count}) …',
  'attendees': '{update, select, yes {Sender oppdatert innkalling til deltakarane …} other {Sender innkallinga til deltakarane …}}',
  'saved': '{update, select, yes {Oppdatert innkalling er send.} other {Innkallinga er send.}}',
};

const en: Record<Key, string> = {
  'innkalling': 'Making and storing the notice (Word) …',
  'links': '{sharing, select, yes {Making sharing links to the attachments …} other {Reading the attachments in the document library …}}',
  'packDocument': 'Making the meeting book (PDF): document {at} of {count} …',
  'packStore': 'Storing the meeting book (PDF) in the meeting folder …',
  'event': 'Creating the meeting invitation in the calendar …',
  'attachment': 'Attaching {fileName} ({at} of {count}) …',
  'attendees': '{update, select, yes {Sending the updated notice to the attendees …} other {Sending the notice to the attendees …}}',
  'saved': '{update, select, yes {The updated notice has been sent.} other {The notice has been sent.}}',
};

export const noticeProgressMessages = { nb, nn, en };
export type NoticeProgressKey = Key;
