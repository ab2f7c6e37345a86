/**
 * The `written` namespace: a written treatment's provisional results and «Send sakene til medlemmene» (loaded with the
 * `written-answers` chunk, not with the workspace's start-up catalogue). `nb` is the source of keys.
 */
const nb = {
  'provisional.adopted': 'Foreløpig: flertall for',
  'provisional.notAdopted': 'Foreløpig: ikke flertall for',
  'provisional.notQuorate': 'Foreløpig: under halvparten har svart',
  'provisional.meetingDemanded': 'Foreløpig: møtebehandling kreves',
  'send.heading': 'Sende sakene til medlemmene',
  'send.intro': 'Møtebok sender én e-post til medlemmene med stemmerett: sakene med forslag til vedtak, vedleggene som lenker og svarfristen. Ingen kalenderinvitasjon og ingen Teams-lenke.',
  'send.button': 'Send sakene til medlemmene',
  'send.confirmTitle': 'Sende sakene?',
  'send.confirmBody': 'Sakene og svarfristen {deadline} sendes på e-post til {count} medlemmer med stemmerett. En sendt e-post kan ikke kalles tilbake.',
  'send.withoutAddress': 'Uten e-postadresse, får ikke e-posten: {names}',
  'send.confirm': 'Send',
  'send.cancel': 'Avbryt',
  'send.recording': 'Registrerer utsendingen …',
  'send.sending': 'Sender e-posten …',
  'send.saved': 'Sendt.',
  'send.sent': 'Sakene ble sendt til medlemmene {when}.',
  'send.uncertain': 'En utsending ble startet {when}, men Møtebok vet ikke om e-posten gikk. Se i «Sendte elementer» i Outlook før du sender igjen, så medlemmene ikke får den to ganger.',
  'send.resend': 'Send igjen',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'provisional.adopted': 'Førebels: fleirtal for',
  'provisional.notAdopted': 'Førebels: ikkje fleirtal for',
  'provisional.notQuorate': 'Førebels: under halvparten har svart',
  'provisional.meetingDemanded': 'Førebels: møtehandsaming er kravd',
  'send.heading': 'Sende sakene til medlemene',
  'send.intro': 'Møtebok sender éin e-post til medlemene med røysterett: sakene med framlegg til vedtak, vedlegga som lenkjer og svarfristen. Inga kalenderinvitasjon og ingen Teams-lenkje.',
  'send.button': 'Send sakene til medlemene',
  'send.confirmTitle': 'Sende sakene?',
  'send.confirmBody': 'Sakene og svarfristen {deadline} blir sende på e-post til {count} medlemer med røysterett. Ein sendt e-post kan ikkje kallast tilbake.',
  'send.withoutAddress': 'Utan e-postadresse, får ikkje e-posten: {names}',
  'send.confirm': 'Send',
  'send.cancel': 'Avbryt',
  'send.recording': 'Registrerer utsendinga …',
  'send.sending': 'Sender e-posten …',
  'send.saved': 'Sendt.',
  'send.sent': 'Sakene vart sende til medlemene {when}.',
  'send.uncertain': 'Ei utsending vart starta {when}, men Møtebok veit ikkje om e-posten gjekk. Sjå i «Sende element» i Outlook før du sender på nytt, så medlemene ikkje får han to gonger.',
  'send.resend': 'Send på nytt',
};

const en: Record<Key, string> = {
  'provisional.adopted': 'Provisional: a majority in favour',
  'provisional.notAdopted': 'Provisional: no majority in favour',
  'provisional.notQuorate': 'Provisional: fewer than half have answered',
  'provisional.meetingDemanded': 'Provisional: a meeting is demanded',
  'send.heading': 'Send the items to the members',
  'send.intro': 'Møtebok sends one e-mail to the members with a vote: the items with their proposed decisions, the attachments as links and the answer deadline. No calendar invitation and no Teams link.',
  'send.button': 'Send the items to the members',
  'send.confirmTitle': 'Send the items?',
  'send.confirmBody': 'The items and the answer deadline {deadline} are e-mailed to {count} members with a vote. A sent e-mail cannot be recalled.',
  'send.withoutAddress': 'Without an e-mail address, will not get it: {names}',
  'send.confirm': 'Send',
  'send.cancel': 'Cancel',
  'send.recording': 'Recording the send …',
  'send.sending': 'Sending the e-mail …',
  'send.saved': 'Sent.',
  'send.sent': 'The items were sent to the members {when}.',
  'send.uncertain': 'A send was started {when}, but Møtebok does not know whether the e-mail went. Look in Sent Items in Outlook before you send again, so the members do not get it twice.',
  'send.resend': 'Send again',
};

export const writtenMessages = { nb, nn, en };
export type WrittenKey = Key;
