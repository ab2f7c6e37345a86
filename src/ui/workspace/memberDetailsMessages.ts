/**
 * The `memberDetails` namespace: a member's organisation and stilling in the committee settings (`MemberRolesFields.tsx`; their problems, naming the field, are in `settingsProblemMessages.ts`),
 * and what the documents print after every name (`personDetails`), loaded with the settings' chunk, not at start-up. `nb` is the source of keys.
 */
const nb = {
  'organisation': 'Organisasjon for {name}',
  'title': 'Stilling for {name}',
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
  'personDetails': 'Print after the name in the documents',
  'personDetails.hint': 'Applies to the attendance list and the notice\'s Ansvar column, for everyone listed there.',
  'personDetails.unset': 'Not chosen: the organisation in the attendance list, the name alone under Ansvar',
  'personDetails.none': 'Nothing',
  'personDetails.organisation': 'Organisation',
  'personDetails.title': 'Position',
  'personDetails.titleAndOrganisation': 'Position and organisation',
};

export const memberDetailsMessages = { nb, nn, en };
