/**
 * The `remote` namespace: the Oppmøte tab's choice of how a person took part (`RemoteField.tsx`, `Attendance.remote`).
 * Only the attendance chunk imports it, so its texts stay out of the side panel's start-up. `nb` is the source of keys.
 */
const nb = {
  'remote.label': 'Hvordan {name} deltok',
  'remote.room': 'I møterommet',
  'remote.video': 'Digitalt (video)',
  'remote.phone': 'Per telefon',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'remote.label': 'Korleis {name} deltok',
  'remote.room': 'I møterommet',
  'remote.video': 'Digitalt (video)',
  'remote.phone': 'På telefon',
};

const en: Record<Key, string> = {
  'remote.label': 'How {name} took part',
  'remote.room': 'In the room',
  'remote.video': 'Online (video)',
  'remote.phone': 'By phone',
};

export const remoteMessages = { nb, nn, en };
