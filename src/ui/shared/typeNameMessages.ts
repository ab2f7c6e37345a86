// How a problem names the type a field should have had (lower-case, as the schemas' issues name them: string, number, int, array, object …), for the
// wording of unreadable rows (unreadableText.ts) and of meeting files (meetingFileText.ts), each loaded
// with its own chunk (`typeNames.ts`). `nb` is the source of keys.

const nb = {
  'string': 'tekst',
  'number': 'et tall',
  'int': 'et heltall',
  'boolean': 'sann/usann',
  'array': 'en liste',
  'object': 'et objekt',
  'null': 'null',
  'undefined': 'ingenting',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'string': 'tekst',
  'number': 'eit tal',
  'int': 'eit heiltal',
  'boolean': 'sann/usann',
  'array': 'ei liste',
  'object': 'eit objekt',
  'null': 'null',
  'undefined': 'ingenting',
};

const en: Record<Key, string> = {
  'string': 'text',
  'number': 'a number',
  'int': 'a whole number',
  'boolean': 'true/false',
  'array': 'a list',
  'object': 'an object',
  'null': 'null',
  'undefined': 'nothing',
};

export const typeNameMessages = { nb, nn, en };
