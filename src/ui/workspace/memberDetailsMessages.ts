/**
 * The `memberDetails` namespace: a member's organisation and stilling in the committee settings (`MemberRolesFields.tsx`),
 * loaded with the settings' chunk, not at start-up. `nb` is the source of keys.
 */
const nb = {
  'organisation': 'Organisasjon for {name}',
  'title': 'Stilling for {name}',
  'organisation.tooLong': 'Organisasjonen til {name} kan ha høyst {max} tegn.',
  'organisation.controlCharacter': 'Organisasjonen til {name} har et tegn som ikke kan stå i et dokument (for eksempel tabulator). Fjern det og prøv igjen.',
  'title.tooLong': 'Stillingen til {name} kan ha høyst {max} tegn.',
  'title.controlCharacter': 'Stillingen til {name} har et tegn som ikke kan stå i et dokument (for eksempel tabulator). Fjern det og prøv igjen.',
  'external.tooLong': 'Organisasjonen kan ha høyst {max} tegn.',
  'external.controlCharacter': 'Organisasjonen har et tegn som ikke kan stå i et dokument (for eksempel tabulator). Fjern det og prøv igjen.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'organisation': 'Organisasjon for {name}',
  'title': 'Stilling for {name}',
  'organisation.tooLong': 'Organisasjonen til {name} kan ha høgst {max} teikn.',
  'organisation.controlCharacter': 'Organisasjonen til {name} har eit teikn som ikkje kan stå i eit dokument (til dømes tabulator). Fjern det og prøv igjen.',
  'title.tooLong': 'Stillinga til {name} kan ha høgst {max} teikn.',
  'title.controlCharacter': 'Stillinga til {name} har eit teikn som ikkje kan stå i eit dokument (til dømes tabulator). Fjern det og prøv igjen.',
  'external.tooLong': 'Organisasjonen kan ha høgst {max} teikn.',
  'external.controlCharacter': 'Organisasjonen har eit teikn som ikkje kan stå i eit dokument (til dømes tabulator). Fjern det og prøv igjen.',
};

const en: Record<Key, string> = {
  'organisation': 'Organisation of {name}',
  'title': 'Position of {name}',
  'organisation.tooLong': 'The organisation of {name} can have at most {max} characters.',
  'organisation.controlCharacter': 'The organisation of {name} has a character that cannot appear in a document (a tab, for example). Remove it and try again.',
  'title.tooLong': 'The position of {name} can have at most {max} characters.',
  'title.controlCharacter': 'The position of {name} has a character that cannot appear in a document (a tab, for example). Remove it and try again.',
  'external.tooLong': 'The organisation can have at most {max} characters.',
  'external.controlCharacter': 'The organisation has a character that cannot appear in a document (a tab, for example). Remove it and try again.',
};

export const memberDetailsMessages = { nb, nn, en };
