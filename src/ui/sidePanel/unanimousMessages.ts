/**
 * The `unanimous` namespace: the one choice a referent of a committee that records no votes has (UnanimousChoice.tsx),
 * in its own chunk with it. `nb` is the source of keys.
 */
const nb = {
  'label': '{theConclusionCapital} var enstemmig',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'label': '{theConclusionCapital} var samrøystes',
};

const en: Record<Key, string> = {
  'label': '{theConclusionCapital} was unanimous',
};

export const unanimousMessages = { nb, nn, en };
