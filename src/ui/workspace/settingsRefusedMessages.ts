/**
 * The `settingsRefused` namespace: the committee settings' save that SharePoint refused (403) — only the secretariat
 * writes the committees' settings rows (`domain/settingsAccess.ts`). Loaded with the settings'
 * chunk, not at start-up. `nb` is the source of keys.
 */
const nb = {
  'forbidden': 'Innstillingene er ikke lagret: bare sekretariatet for {committee} kan endre dem. Det du har skrevet, står igjen her.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'forbidden': 'Innstillingane er ikkje lagra: berre sekretariatet for {committee} kan endre dei. Det du har skrive, står att her.',
};

const en: Record<Key, string> = {
  'forbidden': 'The settings were not saved: only the secretariat of {committee} can change them. What you typed is still here.',
};

export const settingsRefusedMessages = { nb, nn, en };
