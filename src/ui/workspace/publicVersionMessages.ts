/** The `publicVersion` namespace: «Lag offentlig versjon» in the workspace (loaded with it). `nb` is the source of keys. */
const nb = {
  'action': 'Lag offentlig versjon',
  'checking': 'Ser etter offentlige versjoner som finnes …',
  'title': 'Lag offentlig versjon',
  'intro': 'Disse PDF-filene lages i mappen «Offentlig» i møtets mappe, klare til å publiseres på nettsiden eller i eInnsyn. Saker og vedlegg unntatt offentlighet står bare med nummer, offentlig tittel og hjemmel.',
  'replaces': 'Disse filene finnes fra før og blir erstattet:',
  'confirm': 'Lag offentlig versjon',
  'confirmReplace': 'Erstatt og lag på nytt',
  'cancel': 'Avbryt',
  'close': 'Lukk',
  'progress': 'Lager {name} ({number} av {total})',
  'progressLabel': 'Lager offentlig versjon',
  'done': 'Offentlig versjon er lagret i mappen «Offentlig». Åpne filene og se over dem før de publiseres:',
  'unavailable': 'Offentlig versjon kan ikke lages her.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'action': 'Lag offentleg versjon',
  'checking': 'Ser etter offentlege versjonar som finst …',
  'title': 'Lag offentleg versjon',
  'intro': 'Desse PDF-filene blir laga i mappa «Offentlig» i mappa til møtet, klare til å publiserast på nettsida eller i eInnsyn. Saker og vedlegg unnatekne offentlegheit står berre med nummer, offentleg tittel og heimel.',
  'replaces': 'Desse filene finst frå før og blir erstatta:',
  'confirm': 'Lag offentleg versjon',
  'confirmReplace': 'Erstatt og lag på nytt',
  'cancel': 'Avbryt',
  'close': 'Lukk',
  'progress': 'Lagar {name} ({number} av {total})',
  'progressLabel': 'Lagar offentleg versjon',
  'done': 'Offentleg versjon er lagra i mappa «Offentlig». Opne filene og sjå over dei før dei blir publiserte:',
  'unavailable': 'Offentleg versjon kan ikkje lagast her.',
};

const en: Record<Key, string> = {
  'action': 'Make public version',
  'checking': 'Looking for existing public versions …',
  'title': 'Make public version',
  'intro': 'These PDF files are made in the «Offentlig» folder of the meeting folder, ready to publish on the website or in eInnsyn. Items and attachments exempt from public access show only their number, public title and legal basis.',
  'replaces': 'These files already exist and will be replaced:',
  'confirm': 'Make public version',
  'confirmReplace': 'Replace and make again',
  'cancel': 'Cancel',
  'close': 'Close',
  'progress': 'Making {name} ({number} of {total})',
  'progressLabel': 'Making public version',
  'done': 'The public version is stored in the «Offentlig» folder. Open the files and look them over before they are published:',
  'unavailable': 'A public version cannot be made here.',
};

export const publicVersionMessages = { nb, nn, en };
