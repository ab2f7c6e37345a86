/**
 * The `removedText` namespace: the notice that someone else's save took out what the user had saved in a sak
 * (`RemovedTextBar.tsx`). Only that bar's chunk (`removed-text`) imports it, so its texts stay out of the side panel's
 * start-up and the recorder's chunk. The committee's words (Konklusjon/Vedtak) come from its conventions. `nb` is the
 * source of keys.
 */
const nb = {
  'removedText.title': '{name} har endret {field} i sak {item}',
  'removedText.someone': 'Noen andre',
  'removedText.proceedings': 'møtebehandlingen',
  'removedText.body': 'Det du skrev der står ikke lenger i saken. Her er teksten din, om du vil bruke den igjen.',
  'removedText.yours': 'Det du skrev',
  'removedText.copy': 'Kopier teksten',
  'removedText.copied': 'Teksten er kopiert.',
  'removedText.copyFailed': 'Teksten kunne ikke kopieres herfra. Den er merket i feltet: kopier den med Ctrl+C (Cmd+C på Mac).',
  'removedText.dismiss': 'Lukk meldingen',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'removedText.title': '{name} har endra {field} i sak {item}',
  'removedText.someone': 'Nokon andre',
  'removedText.proceedings': 'møtehandsaminga',
  'removedText.body': 'Det du skreiv der står ikkje lenger i saka. Her er teksten din, om du vil bruke han att.',
  'removedText.yours': 'Det du skreiv',
  'removedText.copy': 'Kopier teksten',
  'removedText.copied': 'Teksten er kopiert.',
  'removedText.copyFailed': 'Teksten kunne ikkje kopierast herifrå. Han er merkt i feltet: kopier han med Ctrl+C (Cmd+C på Mac).',
  'removedText.dismiss': 'Lukk meldinga',
};

const en: Record<Key, string> = {
  'removedText.title': '{name} changed {field} of item {item}',
  'removedText.someone': 'Someone else',
  'removedText.proceedings': 'the proceedings',
  'removedText.body': 'What you wrote there is no longer in the item. Here is your text, should you want to use it again.',
  'removedText.yours': 'What you wrote',
  'removedText.copy': 'Copy the text',
  'removedText.copied': 'The text is copied.',
  'removedText.copyFailed': 'The text could not be copied from here. It is selected in the field: copy it with Ctrl+C (Cmd+C on a Mac).',
  'removedText.dismiss': 'Close the message',
};

export const removedTextMessages = { nb, nn, en };
