/**
 * The `memberDetails` namespace: a member's organisation and stilling in the committee settings (`MemberRolesFields.tsx`),
 * and what the documents print after every name (`personDetails`), loaded with the settings' chunk, not at start-up. `nb` is the source of keys.
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
  'personDetails': 'Skriv etter navnet i dokumentene',
  'personDetails.hint': 'Gjelder oppmøtelisten og Ansvar-kolonnen i innkallingen, for alle som står der.',
  'personDetails.unset': 'Ikke valgt: organisasjonen i oppmøtelisten, bare navnet under Ansvar',
  'personDetails.none': 'Ingenting',
  'personDetails.organisation': 'Organisasjon',
  'personDetails.title': 'Stilling',
  'personDetails.titleAndOrganisation': 'Stilling og organisasjon',
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
  'personDetails': 'Skriv etter namnet i dokumenta',
  'personDetails.hint': 'Gjeld oppmøtelista og Ansvar-kolonnen i innkallinga, for alle som står der.',
  'personDetails.unset': 'Ikkje valt: organisasjonen i oppmøtelista, berre namnet under Ansvar',
  'personDetails.none': 'Ingenting',
  'personDetails.organisation': 'Organisasjon',
  'personDetails.title': 'Stilling',
  'personDetails.titleAndOrganisation': 'Stilling og organisasjon',
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
  'personDetails': 'Print after the name in the documents',
  'personDetails.hint': 'Applies to the attendance list and the notice\'s Ansvar column, for everyone listed there.',
  'personDetails.unset': 'Not chosen: the organisation in the attendance list, the name alone under Ansvar',
  'personDetails.none': 'Nothing',
  'personDetails.organisation': 'Organisation',
  'personDetails.title': 'Position',
  'personDetails.titleAndOrganisation': 'Position and organisation',
};

export const memberDetailsMessages = { nb, nn, en };
