/**
 * The `exemptUnreachable` namespace: the send dialog's error when an invitee with no account must get a sak unntatt
 * offentlighet (domain/recipientReach.ts `exemptUnreachable`), loaded with the dialog's chunk `notice-panel`. `nb` is the
 * source of keys; «Saken er unntatt offentlighet» is the sak editor's checkbox as the confidentiality namespace words it.
 */
const nb = {
  'title': 'Innkallingen kan ikke sendes før dette er rettet',
  'line': '{who} har ingen konto i organisasjonen, heller ikke som gjest, så SharePoint kan ikke gi vedkommende tilgang til {saker}, som er unntatt offentlighet.',
  'sak': 'sak {item}',
  'and': ' og ',
  'what': 'Be IT invitere adressen som gjest, rett adressen i innstillingene for møteorganet, eller fjern merket «Saken er unntatt offentlighet».',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'title': 'Innkallinga kan ikkje sendast før dette er retta',
  'line': '{who} har ingen konto i organisasjonen, heller ikkje som gjest, så SharePoint kan ikkje gi vedkomande tilgang til {saker}, som er unnateke offentlegheit.',
  'sak': 'sak {item}',
  'and': ' og ',
  'what': 'Be IT invitere adressa som gjest, rett adressa i innstillingane for møteorganet, eller fjern merket «Saka er unnateken offentlegheit».',
};

const en: Record<Key, string> = {
  'title': 'The notice cannot be sent until this is put right',
  'line': '{who} has no account in the organisation, not even as a guest, so SharePoint cannot give them access to {saker}, exempt from public access.',
  'sak': 'sak {item}',
  'and': ' and ',
  'what': 'Ask IT to invite the address as a guest, correct the address in the committee’s settings, or untick «This item is exempt from public access».',
};

export const exemptUnreachableMessages = { nb, nn, en };
