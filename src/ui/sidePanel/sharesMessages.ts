/**
 * The `shares` namespace: the Oppmøte tab's fields for a committee that counts attendance in shares (a generalforsamling,
 * `conventions.attendanceByShares`; `HoldingFields.tsx`). Only the attendance chunk imports it, so its texts stay out of
 * the side panel's start-up. `nb` is the source of keys.
 */
const nb = {
  'shares.legend': 'Aksjer for {name}',
  'shares.count': 'Antall aksjer {name} møtte med',
  'shares.owner': 'Aksjeeier {name} møtte for (tomt: seg selv)',
  'shares.proxy': '{name} møtte ved fullmakt',
  'shares.represented': 'Aksjer representert',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'shares.legend': 'Aksjar for {name}',
  'shares.count': 'Talet på aksjar {name} møtte med',
  'shares.owner': 'Aksjeeigar {name} møtte for (tomt: seg sjølv)',
  'shares.proxy': '{name} møtte ved fullmakt',
  'shares.represented': 'Aksjar representerte',
};

const en: Record<Key, string> = {
  'shares.legend': 'Shares for {name}',
  'shares.count': 'Number of shares {name} attended with',
  'shares.owner': 'Shareholder {name} attended for (empty: themselves)',
  'shares.proxy': '{name} attended by proxy (fullmakt)',
  'shares.represented': 'Shares represented',
};

export const sharesMessages = { nb, nn, en };
