/**
 * The `remote` namespace: the Oppmøte tab's choice of how a person took part (`RemoteField.tsx`, `Attendance.remote`).
 * Only the attendance chunk imports it, so its texts stay out of the side panel's start-up. `nb` is the source of keys.
 */
const nb = {
  'remote.label': 'Hvordan {name} deltok',
  'remote.room': 'I møterommet',
  'remote.video': 'Digitalt (video)',
  'remote.phone': 'Per telefon',
  'remote.kept': '«{way}» er ført, men organet tillater ikke den måten å delta på. Det som er ført, blir stående til du velger noe annet.',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'remote.label': 'Korleis {name} deltok',
  'remote.room': 'I møterommet',
  'remote.video': 'Digitalt (video)',
  'remote.phone': 'På telefon',
  'remote.kept': '«{way}» er ført, men organet tillèt ikkje den måten å delta på. Det som er ført, blir ståande til du vel noko anna.',
};

const en: Record<Key, string> = {
  'remote.label': 'How {name} took part',
  'remote.room': 'In the room',
  'remote.video': 'Online (video)',
  'remote.phone': 'By phone',
  'remote.kept': '“{way}” is recorded, but the committee does not allow taking part that way. What is recorded stays until you choose something else.',
};

export const remoteMessages = { nb, nn, en };
