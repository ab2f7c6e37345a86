/**
 * The `openedSinceNotice` namespace: in the send dialog of an update, the saker and vedlegg exempt in the last send that
 * are no longer marked (`OpenedSinceNoticeNote.tsx`, `domain/confidentialityAudience.ts` `openedAfterNotice`). Loaded
 * with the workspace's send dialog, not at start-up. `nb` is the source of keys.
 */
const nb = {
  'title': 'Ikke lenger unntatt offentlighet',
  'sak': '{sak} var unntatt offentlighet i forrige utsending, men er ikke merket nå.',
  'vedlegg': 'Vedlegget «{vedlegg}» til {sak} var unntatt offentlighet i forrige utsending, men er ikke merket nå.',
  'why':
    'Sender du oppdateringen, blir det åpent for alle som leser møtet, og tittelen står i innkallingen. Merkingen kan være tatt bort av en referent eller av andre i sekretariatet. Er det ikke meningen, merk den igjen under «Offentlighet» før du sender.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'title': 'Ikkje lenger unnateken offentlegheit',
  'sak': '{sak} var unnateken offentlegheit i førre utsending, men er ikkje merkt no.',
  'vedlegg': 'Vedlegget «{vedlegg}» til {sak} var unnateke offentlegheit i førre utsending, men er ikkje merkt no.',
  'why':
    'Sender du oppdateringa, blir det ope for alle som les møtet, og tittelen står i innkallinga. Merkinga kan vere teken bort av ein referent eller av andre i sekretariatet. Er det ikkje meininga, merk henne att under «Offentlegheit» før du sender.',
};

const en: Record<Key, string> = {
  'title': 'No longer exempt from public access',
  'sak': '{sak} was exempt from public access in the last send, but is not marked now.',
  'vedlegg': 'The attachment “{vedlegg}” of {sak} was exempt from public access in the last send, but is not marked now.',
  'why':
    'If you send the update, it is open to everyone who reads the meeting, and its title is in the notice. A referent or someone else in the secretariat may have removed the marking. If that is not intended, mark it again under “Public access” before you send.',
};

export const openedSinceNoticeMessages = { nb, nn, en };
