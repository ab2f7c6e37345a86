/**
 * The `settingsProblems` namespace: committee settings' problems said with the field's name, under that field. Loaded
 * with the settings' chunk, not at start-up. `nb` is the source of keys.
 */
const nb = {
  'senderMailbox.invalidEmail': '«Send fra felles postboks»: ugyldig e-postadresse. Skriv hele adressen, for eksempel postmottak@kommune.no, eller tøm feltet.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'senderMailbox.invalidEmail': '«Send frå felles postboks»: ugyldig e-postadresse. Skriv heile adressa, til dømes postmottak@kommune.no, eller tøm feltet.',
};

const en: Record<Key, string> = {
  'senderMailbox.invalidEmail': '«Send from a shared mailbox»: invalid e-mail address. Type the whole address, for example postmottak@kommune.no, or empty the field.',
};

export const settingsProblemMessages = { nb, nn, en };
