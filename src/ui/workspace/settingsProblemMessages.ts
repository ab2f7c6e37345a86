/**
 * The `settingsProblems` namespace: committee settings' problems said with the field's name, under that field. Loaded
 * with the settings' chunk, not at start-up. `nb` is the source of keys.
 */
const nb = {
  'name.required': '«Navn på møteorganet» må fylles ut.',
  'shortName.required': '«Kortnavn» må fylles ut: det står først i filnavnene.',
  'shortName.shortNameTooLong': '«Kortnavn» kan ha høyst {max} tegn.',
  'caseNumberFormat.required': '«Saksnummerformat» må fylles ut, for eksempel {format}.',
  'senderMailbox.invalidEmail': '«Send fra felles postboks»: ugyldig e-postadresse. Skriv hele adressen, for eksempel postmottak@kommune.no, eller tøm feltet.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'name.required': '«Namn på møteorganet» må fyllast ut.',
  'shortName.required': '«Kortnamn» må fyllast ut: det står først i filnamna.',
  'shortName.shortNameTooLong': '«Kortnamn» kan ha høgst {max} teikn.',
  'caseNumberFormat.required': '«Saksnummerformat» må fyllast ut, til dømes {format}.',
  'senderMailbox.invalidEmail': '«Send frå felles postboks»: ugyldig e-postadresse. Skriv heile adressa, til dømes postmottak@kommune.no, eller tøm feltet.',
};

const en: Record<Key, string> = {
  'name.required': '«Committee name» is required.',
  'shortName.required': '«Short name» is required: it begins the file names.',
  'shortName.shortNameTooLong': '«Short name» can have at most {max} characters.',
  'caseNumberFormat.required': '«Case number format» is required, for example {format}.',
  'senderMailbox.invalidEmail': '«Send from a shared mailbox»: invalid e-mail address. Type the whole address, for example postmottak@kommune.no, or empty the field.',
};

export const settingsProblemMessages = { nb, nn, en };
