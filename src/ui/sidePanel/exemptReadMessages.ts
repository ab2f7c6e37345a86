/** The `exemptRead` namespace: the note over an exempt sak a reader may see in full (ExemptReadNote.tsx). `nb` is the source of keys. */
const nb = {
  'sak': 'Saken er unntatt offentlighet ({basis}).',
  'attachment': 'Vedlegget «{title}» er unntatt offentlighet ({basis}).',
  'caseMemo': 'Saksframlegget er unntatt offentlighet ({basis}).',
  'why': 'Du ser det fordi møteorganets regler gir deg tilgang. Del det ikke med andre, og vis det ikke når du deler skjermen.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'sak': 'Saka er unnateken offentlegheit ({basis}).',
  'attachment': 'Vedlegget «{title}» er unnateke offentlegheit ({basis}).',
  'caseMemo': 'Saksframlegget er unnateke offentlegheit ({basis}).',
  'why': 'Du ser det fordi reglane til møteorganet gjev deg tilgang. Del det ikkje med andre, og vis det ikkje når du deler skjermen.',
};

const en: Record<Key, string> = {
  'sak': 'This item is exempt from public access ({basis}).',
  'attachment': 'The document «{title}» is exempt from public access ({basis}).',
  'caseMemo': 'The case presentation is exempt from public access ({basis}).',
  'why': 'You see it because the committee’s rules give you access. Do not pass it on, and do not show it when you share your screen.',
};

export const exemptReadMessages = { nb, nn, en };
