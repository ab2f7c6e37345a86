// Why Teams' Save did not add the tab: fetched only when it fails (`saveFailureText.ts`), not with the
// settings page's start-up (the size budgets, issue 14). `nb` is the source of keys.
const nb = {
  'noCommittee': 'Velg et møteorgan først.',
  'notSaved': 'Teams kunne ikke lagre fanen ({detail}). Prøv igjen.',
};
export type SaveFailureKey = keyof typeof nb;
const nn: Record<SaveFailureKey, string> = {
  'noCommittee': 'Vel eit møteorgan først.',
  'notSaved': 'Teams kunne ikkje lagre fana ({detail}). Prøv igjen.',
};
const en: Record<SaveFailureKey, string> = {
  'noCommittee': 'Choose a committee first.',
  'notSaved': 'Teams could not save the tab ({detail}). Try again.',
};
export const saveFailureMessages = { nb, nn, en };
